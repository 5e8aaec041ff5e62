#pragma once

#include "api/Token.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace cockpit {

class TokenTableModel;
class SavedSecretIndex;

// The pane beside the table: everything about the selected token in full (the table has to
// abbreviate): ID and regional ID, exact creation time, each permission with its API scope name,
// whether its secret key is saved in the keychain, and the Terraform code the copy actions
// produce, so it can be read before it is copied.
class TokenDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDetailsPanel(QWidget *parent = nullptr);

    // Which tokens have a saved secret (not owned; null: none).
    void setSavedSecretIndex(const SavedSecretIndex *savedSecrets);
    // Where the Project field and the Terraform text find project names (not owned; null: IDs).
    void setProjectNames(const TokenTableModel *model);
    void setTokens(const QList<Token> &tokens);
    // Tokens a create left without its answer: their secret key was never shown to anyone.
    void markSecretNeverShown(const QList<Token> &tokens);
    QString shownTokenId() const { return m_tokenId; }

private:
    // The values' fonts, names and widths, and the Terraform block.
    void setUpValues();
    // The name, the captioned values and the Terraform block, in one scrollable page.
    QWidget *buildDetails();

    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_name;
    QLabel *m_project;
    QLabel *m_region;
    QLabel *m_id;
    QLabel *m_regionalId;
    QLabel *m_created;
    QLabel *m_permissions;
    QLabel *m_secret;
    QPlainTextEdit *m_terraform;
    QString m_tokenId;
    QSet<QString> m_neverShown;
    const TokenTableModel *m_projectNames = nullptr;
    const SavedSecretIndex *m_savedSecrets = nullptr;
};

} // namespace cockpit
