#pragma once

#include "api/ApiError.h"
#include "api/Secret.h"
#include "api/Token.h"
#include "text/AgentConfigTypes.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace cockpit {

class AgentConfigPanel;
class NewDataSourceForm;

class ClipboardGuard;
class DataSourceCatalog;
struct DataSource;

// "Connect an agent": for one token and its secret, pick a data source of the token's region and
// an agent, and get that agent's configuration with the secret filled in. Only the token's
// project and region are listed (a token works nowhere else); a pairing that cannot work says
// why; with no data source in the region the dialog offers to create one. The catalog loads the
// sources; the dialog wipes the secret when it closes.
class ConnectAgentDialog : public QDialog
{
    Q_OBJECT

public:
    // Where agents send for a source, in place of its url (the demo's emulator); empty: the url.
    using BaseUrlFor = std::function<QUrl(const DataSource &)>;
    // What pages() shows.
    enum Page
    {
        LoadingPage,
        ErrorPage,
        ConfigPage,
        FormPage
    };

    ConnectAgentDialog(const Token &token, const Secret &secret, DataSourceCatalog *catalog,
                       ClipboardGuard *clipboard, BaseUrlFor baseUrlFor = {},
                       QWidget *parent = nullptr);
    ~ConnectAgentDialog() override;

    QComboBox *sourceBox() const { return m_sources; }
    QComboBox *agentBox() const { return m_agents; }
    QPushButton *newSourceButton() const { return m_newSource; }
    QLabel *guidanceLabel() const { return m_guidance; }
    QLabel *sourceDetailsLabel() const { return m_sourceDetails; }
    AgentConfigPanel *configPanel() const { return m_panel; }
    NewDataSourceForm *newSourceForm() const { return m_form; }
    QPushButton *retryButton() const { return m_retry; }
    QStackedWidget *pages() const { return m_pages; }
    // Selects the agent by kind (tests, and the row's remembered choice).
    void selectAgent(AgentKind kind);
    void selectSource(const QString &dataSourceId);

    void done(int result) override;

Q_SIGNALS:
    // The configuration (and so the secret) was copied or saved.
    void secretHandedOver();

private:
    void buildPickers();
    void buildPages();
    void layOut();
    void connectParts();
    void showLoading();
    void showUnusable();
    void showLoadError(const ApiError &error);
    void fillSources(const QString &selectId = {});
    void showForm(bool cancelable);
    void keepFittingAgent();
    void update();
    void createSource(const QString &name, DataSourceType type, int retentionDays);
    const DataSource *currentSource() const;

    Token m_token;
    Secret m_secret;
    DataSourceCatalog *m_catalog;
    BaseUrlFor m_baseUrlFor;
    QLabel *m_heading;
    QComboBox *m_sources;
    QPushButton *m_newSource;
    QLabel *m_sourceDetails;
    QComboBox *m_agents;
    QLabel *m_guidance;
    QStackedWidget *m_pages;
    QLabel *m_loading;
    QWidget *m_errorPage;
    QLabel *m_errorText;
    QPushButton *m_retry;
    AgentConfigPanel *m_panel;
    NewDataSourceForm *m_form;
    QWidget *m_pickers;
};

} // namespace cockpit
