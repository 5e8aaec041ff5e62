#include "ConnectAgentDialog.h"

#include "common/DialogFit.h"
#include "common/FieldMessage.h"
#include "connect/AgentChoice.h"
#include "connect/AgentConfigPanel.h"
#include "connect/DataSourceLabels.h"
#include "connect/NewDataSourceForm.h"
#include "services/DataSourceCatalog.h"
#include "text/AgentConfig.h"
#include "text/ErrorText.h"
#include "text/PermissionSummary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cockpit {

ConnectAgentDialog::ConnectAgentDialog(const Token &token, const Secret &secret,
                                       DataSourceCatalog *catalog, ClipboardGuard *clipboard,
                                       BaseUrlFor baseUrlFor, QWidget *parent)
    : QDialog(parent)
    , m_token(token)
    , m_secret(secret)
    , m_catalog(catalog)
    , m_baseUrlFor(std::move(baseUrlFor))
    , m_heading(new QLabel)
    , m_sources(new QComboBox)
    , m_newSource(new QPushButton(tr("Ne&w data source…")))
    , m_sourceDetails(new QLabel)
    , m_agents(new QComboBox)
    , m_guidance(FieldMessage::createNotice())
    , m_pages(new QStackedWidget)
    , m_loading(new QLabel)
    , m_errorPage(new QWidget)
    , m_errorText(FieldMessage::create())
    , m_retry(new QPushButton(tr("&Try again")))
    , m_panel(new AgentConfigPanel(clipboard))
    , m_form(new NewDataSourceForm)
    , m_pickers(new QWidget)
{
    setWindowTitle(tr("Connect an agent"));
    setObjectName(QStringLiteral("connectAgentDialog"));
    DialogFit::install(this);
    buildPickers();
    buildPages();
    layOut();
    connectParts();
    // Enter acts on the new-source form's Create button (the form takes it) and nowhere else:
    // on the configuration no button is the main one, and Close never takes Enter.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    if (!AgentChoice::canFeedAnAgent(m_token))
        showUnusable();
    else if (m_catalog->hasLoaded())
        fillSources();
    else
        showLoading();
}

void ConnectAgentDialog::buildPickers()
{
    m_sources->setAccessibleName(tr("Data source"));
    m_sources->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sources->setMinimumContentsLength(28);
    m_newSource->setAccessibleName(tr("Create a data source in %1").arg(regionId(m_token.region)));
    m_sourceDetails->setWordWrap(true);
    m_sourceDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agents->setAccessibleName(tr("Agent"));
    for (AgentKind kind : AgentConfigs::allKinds())
        m_agents->addItem(AgentConfigs::displayName(kind), int(kind));

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sources, 1);
    sourceRow->addWidget(m_newSource);
    auto *form = new QFormLayout(m_pickers);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *sourceLabel = new QLabel(tr("&Data source:"));
    sourceLabel->setBuddy(m_sources);
    // The details under the picker, in the same column (a row of their own in the form
    // would be given a wrapped label's height twice).
    auto *sourceColumn = new QVBoxLayout;
    sourceColumn->addLayout(sourceRow);
    sourceColumn->addWidget(m_sourceDetails);
    form->addRow(sourceLabel, sourceColumn);
    form->addRow(tr("A&gent:"), m_agents);
}

void ConnectAgentDialog::buildPages()
{
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setWordWrap(true);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addWidget(m_errorText);
    errorLayout->addWidget(m_retry, 0, Qt::AlignLeft);
    errorLayout->addStretch();
    m_pages->insertWidget(LoadingPage, m_loading);
    m_pages->insertWidget(ErrorPage, m_errorPage);
    m_pages->insertWidget(ConfigPage, m_panel);
    m_pages->insertWidget(FormPage, m_form);
}

void ConnectAgentDialog::layOut()
{
    m_heading->setText(tr("<b>Connect an agent to “%1”</b>").arg(m_token.name.toHtmlEscaped()));
    m_heading->setWordWrap(true);
    auto *intro = new QLabel(tr("Choose where the data goes and which agent sends it. The "
                                "configuration holds the token's secret key and is ready to run. "
                                "Only the data sources of %1 are listed: a token works in its "
                                "own region only.")
                                 .arg(regionId(m_token.region)));
    intro->setWordWrap(true);
    // The pickers and messages keep their height; the page below takes what is left.
    m_pickers->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_guidance->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(intro);
    layout->addWidget(m_pickers);
    layout->addWidget(m_guidance);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(720, 600);
}

void ConnectAgentDialog::connectParts()
{
    connect(m_sources, &QComboBox::currentIndexChanged, this, [this] {
        keepFittingAgent();
        update();
    });
    connect(m_agents, &QComboBox::currentIndexChanged, this, &ConnectAgentDialog::update);
    connect(m_newSource, &QPushButton::clicked, this, [this] { showForm(true); });
    connect(m_retry, &QPushButton::clicked, this, &ConnectAgentDialog::showLoading);
    connect(m_panel, &AgentConfigPanel::handedOver, this, &ConnectAgentDialog::secretHandedOver);
    connect(m_form, &NewDataSourceForm::createRequested, this, &ConnectAgentDialog::createSource);
    connect(m_form, &NewDataSourceForm::cancelled, this, [this] {
        m_pages->setCurrentIndex(ConfigPage);
        update();
        m_sources->setFocus();
    });
    connect(m_form->typeBox(), &QComboBox::currentIndexChanged, this, [this] {
        if (m_form->isNameSuggested())
            m_form->setSuggestedName(AgentChoice::suggestedSourceName(m_token, m_form->type()));
    });
    connect(m_catalog, &DataSourceCatalog::loaded, this, [this] { fillSources(); });
    connect(m_catalog, &DataSourceCatalog::loadFailed, this, &ConnectAgentDialog::showLoadError);
    connect(m_catalog, &DataSourceCatalog::created, this,
            [this](const DataSource &source) { fillSources(source.id); });
    connect(m_catalog, &DataSourceCatalog::createFailed, this, [this](const ApiError &error) {
        m_form->setBusy(false);
        m_form->showError(error.kind == ApiError::Kind::InvalidRequest
                              ? error.message
                              : ErrorText::withDetails(ErrorText::sentence(error), error));
    });
}

void ConnectAgentDialog::showUnusable()
{
    // Said at once, and why: nothing to load, nothing to pick.
    m_pickers->setEnabled(false);
    FieldMessage::set(
        m_errorText,
        tr("No agent can use this token. Its permissions (%1) let it neither push nor query "
           "data: an agent needs a token that can push metrics, logs or traces, and Grafana one "
           "that can query them. Create a token with those permissions.")
            .arg(permissionSummary(m_token.scopes, m_token.unknownScopes)));
    m_retry->hide();
    m_pages->setCurrentIndex(ErrorPage);
}

ConnectAgentDialog::~ConnectAgentDialog()
{
    m_secret.clear();
}

void ConnectAgentDialog::showLoading()
{
    m_pickers->setEnabled(false);
    FieldMessage::set(m_guidance, {});
    m_loading->setText(tr("Loading the data sources of %1…").arg(regionId(m_token.region)));
    m_pages->setCurrentIndex(LoadingPage);
    m_catalog->load();
}

void ConnectAgentDialog::showLoadError(const ApiError &error)
{
    FieldMessage::set(
        m_errorText,
        ErrorText::withDetails(tr("The data sources of %1 could not be loaded. %2")
                                   .arg(regionId(m_token.region), ErrorText::sentence(error)),
                               error));
    m_pages->setCurrentIndex(ErrorPage);
    m_retry->show();
    m_retry->setFocus();
}

void ConnectAgentDialog::fillSources(const QString &selectId)
{
    const QSignalBlocker blocker(m_sources);
    m_sources->clear();
    const QList<DataSource> &sources = m_catalog->dataSources();
    int best = -1;
    for (int i = 0; i < sources.size(); ++i) {
        const DataSource &source = sources.at(i);
        m_sources->addItem(DataSourceLabels::pickerText(source), source.id);
        if (source.id == selectId)
            best = i;
        if (best < 0 && selectId.isEmpty() &&
            AgentChoice::firstFitting(AgentConfigs::fits(source, m_token)))
            best = i;
    }
    m_form->setRegion(m_token.region);
    m_form->setConfig(m_catalog->config());
    m_form->setBusy(false);
    m_pickers->setEnabled(true);
    if (sources.isEmpty()) {
        showForm(false);
        return;
    }
    m_sources->setCurrentIndex(qMax(best, 0));
    m_pages->setCurrentIndex(ConfigPage);
    keepFittingAgent();
    update();
    m_sources->setFocus();
}

void ConnectAgentDialog::showForm(bool cancelable)
{
    const DataSourceType type = AgentChoice::pushableType(m_token);
    m_form->setSuggestedType(type);
    m_form->setSuggestedName(AgentChoice::suggestedSourceName(m_token, type));
    m_form->setCancelable(cancelable);
    m_form->showError({});
    m_panel->clear();
    FieldMessage::set(m_guidance,
                      m_catalog->dataSources().isEmpty()
                          ? tr("This project has no data source in %1 yet. Create one for the "
                               "agent to send to:")
                                .arg(regionId(m_token.region))
                          : QString());
    m_sources->setEnabled(!m_catalog->dataSources().isEmpty());
    m_agents->setEnabled(false);
    m_pages->setCurrentIndex(FormPage);
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

void ConnectAgentDialog::createSource(const QString &name, DataSourceType type, int retentionDays)
{
    m_form->setBusy(true);
    m_catalog->create(name, type, retentionDays);
}

const DataSource *ConnectAgentDialog::currentSource() const
{
    const QString id = m_sources->currentData().toString();
    for (const DataSource &source : m_catalog->dataSources())
        if (source.id == id)
            return &source;
    return nullptr;
}

void ConnectAgentDialog::selectAgent(AgentKind kind)
{
    m_agents->setCurrentIndex(m_agents->findData(int(kind)));
}

void ConnectAgentDialog::selectSource(const QString &dataSourceId)
{
    m_sources->setCurrentIndex(m_sources->findData(dataSourceId));
}

void ConnectAgentDialog::keepFittingAgent()
{
    const DataSource *source = currentSource();
    if (!source)
        return;
    const QList<AgentFit> fits = AgentConfigs::fits(*source, m_token);
    const AgentFit *current = AgentChoice::fitOf(fits, AgentKind(m_agents->currentData().toInt()));
    if (current && current->fits())
        return;
    if (const AgentFit *first = AgentChoice::firstFitting(fits)) {
        const QSignalBlocker blocker(m_agents);
        selectAgent(first->kind);
    }
}

void ConnectAgentDialog::update()
{
    const DataSource *source = currentSource();
    m_sources->setEnabled(m_sources->count() > 0);
    m_agents->setEnabled(m_pages->currentIndex() != FormPage);
    if (!source || m_pages->currentIndex() == FormPage) {
        m_sourceDetails->clear();
        return;
    }
    QString details = source->url.toString();
    if (source->retentionDays)
        details += tr(" · kept %n day(s)", nullptr, *source->retentionDays);
    if (source->isReadOnly())
        details += tr(" · read-only: Scaleway products write here, agents can only query it");
    m_sourceDetails->setText(details);

    const QList<AgentFit> fits = AgentConfigs::fits(*source, m_token);
    for (const AgentFit &fit : fits) {
        const int index = m_agents->findData(int(fit.kind));
        const QString name = AgentConfigs::displayName(fit.kind);
        m_agents->setItemText(index, fit.fits() ? name : tr("%1 (does not fit)").arg(name));
        m_agents->setItemData(index, fit.explanation, Qt::ToolTipRole);
    }
    const auto kind = AgentKind(m_agents->currentData().toInt());
    const AgentFit *chosen = AgentChoice::fitOf(fits, kind);
    if (!chosen || !chosen->fits()) {
        m_panel->clear();
        FieldMessage::set(m_guidance, chosen ? chosen->explanation : QString());
        return;
    }
    AgentOptions options;
    if (m_baseUrlFor)
        options.baseUrl = m_baseUrlFor(*source);
    m_panel->setConfiguration(AgentConfigs::generate(kind, *source, m_token, m_secret, options),
                              m_secret, AgentConfigs::displayName(kind));
    QString demo;
    if (!options.baseUrl.isEmpty() && kind == AgentKind::GrafanaDataSource)
        demo = tr("Demo: the local emulator (%1) accepts what agents push (once it has checked "
                  "the token) but keeps none of it and cannot answer queries, so Grafana gets no "
                  "data from it. With a real profile this configuration queries the data "
                  "source's URL.")
                   .arg(options.baseUrl.authority());
    else if (!options.baseUrl.isEmpty())
        demo = tr("Demo: this configuration sends to the local emulator (%1), which checks the "
                  "token and accepts what it receives, but keeps none of it. With a real profile "
                  "it sends to the data source's URL.")
                   .arg(options.baseUrl.authority());
    FieldMessage::set(m_guidance, demo);
}

void ConnectAgentDialog::done(int result)
{
    m_panel->clear();
    m_secret.clear();
    QDialog::done(result);
}

} // namespace cockpit
