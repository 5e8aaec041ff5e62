#pragma once

#include "api/DataSource.h"
#include "api/RegionConfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cockpit {

// The short form that makes a custom data source where a token can push: name, kind of data and
// retention within the region's limits. It checks the name as the API does before anything is
// sent; the dialog around it sends the create and reports the answer with showError().
class NewDataSourceForm : public QWidget
{
    Q_OBJECT

public:
    explicit NewDataSourceForm(QWidget *parent = nullptr);

    void setRegion(Region region);
    void setConfig(const RegionConfig &config);
    // The kind the token can push (chosen first); Unknown keeps the current one.
    void setSuggestedType(DataSourceType type);
    void setSuggestedName(const QString &name);
    // The name is still the suggested one (the user has not written one).
    bool isNameSuggested() const { return m_nameSuggested; }
    void setBusy(bool busy);
    void showError(const QString &text);
    // Cancel is offered only when there is something else to go back to.
    void setCancelable(bool cancelable);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QSpinBox *retentionBox() const { return m_retention; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }
    DataSourceType type() const;

Q_SIGNALS:
    void createRequested(const QString &name, DataSourceType type, int retentionDays);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateRetention();
    void submit();

    RegionConfig m_config = RegionConfig::apiDefaults();
    QLabel *m_heading;
    QLineEdit *m_name;
    QComboBox *m_type;
    QSpinBox *m_retention;
    QLabel *m_retentionHint;
    QLabel *m_message;
    QPushButton *m_create;
    QPushButton *m_cancel;
    bool m_busy = false;
    bool m_nameSuggested = false;
};

} // namespace cockpit
