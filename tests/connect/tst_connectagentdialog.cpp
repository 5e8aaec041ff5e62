// ConnectAgentDialog against the emulator over real HTTP: the token's region's data sources, the
// agent that fits picked first, the configuration with the secret masked until shown, Copy
// through the clipboard guard, Save as 0600, the guidance when nothing fits, a data source
// created where there is none, a failed load tried again, and the secret wiped on close.
#include "EmulatorFixture.h"
#include "common/ClipboardGuard.h"
#include "common/LanguageLoader.h"
#include "connect/AgentConfigPanel.h"
#include "connect/ConnectAgentDialog.h"
#include "connect/NewDataSourceForm.h"
#include "services/DataSourceCatalog.h"
#include "text/AgentConfig.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cockpit;

constexpr auto ErrorPage = cockpit::ConnectAgentDialog::ErrorPage;
constexpr auto ConfigPage = cockpit::ConnectAgentDialog::ConfigPage;
constexpr auto FormPage = cockpit::ConnectAgentDialog::FormPage;

class TestConnectAgentDialog : public QObject
{
    Q_OBJECT

private:
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    Token m_token;
    Secret m_secret;
    std::unique_ptr<cockpit::ConnectAgentDialog> m_dialog;

    // A token of the demo's default project with these scopes, and the secret pushes need.
    void makeToken(Region region, TokenScopes scopes)
    {
        m_token = m_kit.emulator()->addToken(region, m_kit.credentials().projectId,
                                             QStringLiteral("connect-test"), scopes);
        m_secret = m_kit.emulator()->tokenSecret(region, m_token.id);
        QVERIFY(!m_secret.isEmpty());
    }

    cockpit::ConnectAgentDialog *open(bool emulatorUrls = true)
    {
        auto *catalog = new DataSourceCatalog(m_client.get(), m_token.projectId, m_token.region);
        cockpit::ConnectAgentDialog::BaseUrlFor baseUrlFor;
        if (emulatorUrls)
            baseUrlFor = [this](const DataSource &source) {
                return m_kit.emulator()->pushBaseUrl(source.id);
            };
        m_dialog = std::make_unique<cockpit::ConnectAgentDialog>(m_token, m_secret, catalog,
                                                                 m_clipboard.get(), baseUrlFor);
        catalog->setParent(m_dialog.get());
        m_dialog->show();
        return m_dialog.get();
    }

    const DataSource *source(const QString &name) const
    {
        static QList<DataSource> sources;
        sources = m_kit.emulator()->dataSources(m_token.region, m_token.projectId);
        for (const DataSource &candidate : std::as_const(sources))
            if (candidate.name == name)
                return &candidate;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms, as the app loads them.
        auto *languages = new cockpit::LanguageLoader(QCoreApplication::instance());
        languages->install(QStringLiteral("en"));
    }

    void init()
    {
        QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
        ClientSettings settings = testkit::noRetries();
        settings.timeoutMs = 2000;
        m_client = m_kit.makeClient(settings);
        m_clipboard = std::make_unique<ClipboardGuard>(QGuiApplication::clipboard());
        QGuiApplication::clipboard()->clear();
    }
    void cleanup()
    {
        m_dialog.reset();
        m_clipboard.reset();
        m_client.reset();
        m_kit.stop();
    }

    void aPushTokenGetsAPrometheusConfigurationWithItsSecret()
    {
        makeToken(Region::FrPar, TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs);
        cockpit::ConnectAgentDialog *dialog = open();
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        // Only the token's region and project, oldest first; a source it can push to chosen.
        const QList<DataSource> expected =
            m_kit.emulator()->dataSources(Region::FrPar, m_kit.credentials().projectId);
        QCOMPARE(dialog->sourceBox()->count(), expected.size());
        const DataSource *chosen = source(QStringLiteral("k8s-cluster-metrics"));
        QVERIFY(chosen);
        dialog->selectSource(chosen->id);
        dialog->selectAgent(AgentKind::Prometheus);
        cockpit::AgentConfigPanel *panel = dialog->configPanel();
        QVERIFY(panel->hasConfiguration());
        QVERIFY(panel->copyButton()->isEnabled());

        // Masked in the preview until asked for.
        const QString preview = panel->preview()->toPlainText();
        QVERIFY(preview.contains(QStringLiteral("remote_write")));
        QVERIFY(preview.contains(m_kit.emulator()->pushBaseUrl(chosen->id).toString()));
        QVERIFY(!preview.contains(m_secret.expose()));
        panel->revealBox()->setChecked(true);
        QVERIFY(panel->preview()->toPlainText().contains(m_secret.expose()));
        panel->revealBox()->setChecked(false);
        QVERIFY(!panel->preview()->toPlainText().contains(m_secret.expose()));

        AgentOptions options;
        options.baseUrl = m_kit.emulator()->pushBaseUrl(chosen->id);
        const AgentConfig expectedConfig =
            AgentConfigs::generate(AgentKind::Prometheus, *chosen, m_token, m_secret, options);
        QSignalSpy handedOver(dialog, &cockpit::ConnectAgentDialog::secretHandedOver);
        QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expectedConfig.text);
        QVERIFY(m_clipboard->isGuarding());
        QCOMPARE(handedOver.count(), 1);
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("cleared")));

        // Save as…: the file dialog suggests the agent's file name; the file is 0600.
        QTemporaryDir dir;
        panel->setSaveDirectory(dir.path());
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        QFileDialog *files = panel->saveDialog();
        QVERIFY(files);
        QTRY_VERIFY(files->isVisible());
        QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
        const QString path = dir.filePath(expectedConfig.fileName);
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept");
        QTRY_VERIFY(QFileInfo::exists(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), expectedConfig.text);
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(panel->statusLabel()->text().contains(QFileInfo(path).fileName()));
        QCOMPARE(handedOver.count(), 2);
        // The demo note says where it sends.
        QVERIFY(dialog->guidanceLabel()->text().contains(m_kit.emulator()->baseUrl().authority()));
    }

    void aQueryTokenGetsGrafanaAndMayUseScalewaySources()
    {
        makeToken(Region::FrPar, TokenScope::ReadOnlyMetrics);
        cockpit::ConnectAgentDialog *dialog = open(false);
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        QCOMPARE(AgentKind(dialog->agentBox()->currentData().toInt()),
                 AgentKind::GrafanaDataSource);
        const DataSource *scaleway = source(QStringLiteral("Scaleway Metrics"));
        QVERIFY(scaleway);
        QCOMPARE(dialog->sourceBox()->currentData().toString(), scaleway->id);
        QVERIFY(dialog->sourceDetailsLabel()->text().contains(QStringLiteral("read-only")));
        QVERIFY(dialog->configPanel()->hasConfiguration());
        // Without an emulator, the real URL of the source.
        QVERIFY(dialog->configPanel()->preview()->toPlainText().contains(scaleway->url.toString()));
        QVERIFY(!dialog->guidanceLabel()->isVisible());
    }

    // Issue 25 item 9: in the demo, the emulator accepts pushes but answers no query: the
    // Grafana configuration must not claim to work there, and says what the demo cannot do.
    void theDemoSaysGrafanaCannotQueryIt()
    {
        makeToken(Region::FrPar, TokenScope::ReadOnlyMetrics);
        cockpit::ConnectAgentDialog *dialog = open(true);
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        QCOMPARE(AgentKind(dialog->agentBox()->currentData().toInt()),
                 AgentKind::GrafanaDataSource);
        const QString said = dialog->guidanceLabel()->text();
        QVERIFY2(dialog->guidanceLabel()->isVisible(), "the demo's limit is not said");
        QVERIFY2(!said.contains(QStringLiteral("sends to the local emulator")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("cannot")), qPrintable(said));
    }

    void aPairThatCannotWorkSaysWhy_data()
    {
        QTest::addColumn<QString>("sourceName");
        QTest::addColumn<int>("agent");
        QTest::addColumn<int>("unfit");
        QTest::newRow("read-only source")
            << QStringLiteral("Scaleway Metrics") << int(AgentKind::Alloy)
            << int(AgentUnfit::ReadOnlySource);
        QTest::newRow("no push scope for logs")
            << QStringLiteral("k8s-cluster-logs") << int(AgentKind::Alloy)
            << int(AgentUnfit::NoPushScope);
        QTest::newRow("prometheus cannot send traces")
            << QStringLiteral("otel-traces") << int(AgentKind::Prometheus)
            << int(AgentUnfit::TypeNotSupported);
        QTest::newRow("no query scope")
            << QStringLiteral("k8s-cluster-metrics") << int(AgentKind::GrafanaDataSource)
            << int(AgentUnfit::NoQueryScope);
    }
    void aPairThatCannotWorkSaysWhy()
    {
        QFETCH(QString, sourceName);
        QFETCH(int, agent);
        QFETCH(int, unfit);
        makeToken(Region::FrPar, TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyTraces);
        cockpit::ConnectAgentDialog *dialog = open();
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        const DataSource *chosen = source(sourceName);
        QVERIFY(chosen);
        dialog->selectSource(chosen->id);
        dialog->selectAgent(AgentKind(agent));
        QCOMPARE(AgentKind(dialog->agentBox()->currentData().toInt()), AgentKind(agent));
        QCOMPARE(dialog->guidanceLabel()->text(),
                 AgentConfigs::explanation(AgentUnfit(unfit), AgentKind(agent), *chosen, m_token));
        QVERIFY(dialog->guidanceLabel()->isVisible());
        QVERIFY(!dialog->configPanel()->hasConfiguration());
        QVERIFY(!dialog->configPanel()->copyButton()->isEnabled());
        QVERIFY(!dialog->configPanel()->saveButton()->isEnabled());
        QVERIFY(dialog->configPanel()->preview()->toPlainText().isEmpty());
        QVERIFY(dialog->agentBox()->currentText().contains(QStringLiteral("does not fit")));
    }

    void aRegionWithoutSourcesOffersToCreateOne()
    {
        makeToken(Region::PlWaw, TokenScope::WriteOnlyLogs);
        cockpit::ConnectAgentDialog *dialog = open();
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(FormPage));
        QVERIFY(dialog->guidanceLabel()->text().contains(QStringLiteral("pl-waw")));
        cockpit::NewDataSourceForm *form = dialog->newSourceForm();
        QCOMPARE(form->type(), DataSourceType::Logs);
        QVERIFY(isValidDataSourceName(form->nameEdit()->text()));
        QVERIFY(!form->cancelButton()->isVisible());
        QCOMPARE(form->retentionBox()->value(), RegionConfig::apiDefaults().customLogs.defaultDays);
        QCOMPARE(form->retentionBox()->maximum(), RegionConfig::apiDefaults().customLogs.maxDays);

        // A name the API would refuse is said inline, and nothing is sent.
        const int posts = int(m_kit.emulator()->requests().size());
        form->nameEdit()->setText(QStringLiteral("x"));
        QTest::mouseClick(form->createButton(), Qt::LeftButton);
        QVERIFY(form->messageLabel()->isVisible());
        QCOMPARE(int(m_kit.emulator()->requests().size()), posts);

        form->nameEdit()->setText(QStringLiteral("waw logs"));
        form->retentionBox()->setValue(14);
        QTest::mouseClick(form->createButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        const QList<DataSource> sources =
            m_kit.emulator()->dataSources(Region::PlWaw, m_kit.credentials().projectId);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().name, QStringLiteral("waw logs"));
        QCOMPARE(sources.first().retentionDays, std::optional<int>(14));
        QCOMPARE(dialog->sourceBox()->currentData().toString(), sources.first().id);
        QVERIFY(dialog->configPanel()->hasConfiguration());
    }

    // Issue 25 item 2: Enter in any field of the form creates the source (its main button),
    // and never closes "Connect an agent", in both ways the form opens.
    void enterInTheFormCreatesTheSource_data()
    {
        QTest::addColumn<int>("field"); // 0 name, 1 kind of data, 2 retention
        QTest::addColumn<bool>("throughButton");
        for (int field : {0, 1, 2}) {
            QTest::addRow("field %d, region without sources", field) << field << false;
            QTest::addRow("field %d, New data source…", field) << field << true;
        }
    }
    void enterInTheFormCreatesTheSource()
    {
        QFETCH(int, field);
        QFETCH(bool, throughButton);
        makeToken(throughButton ? Region::NlAms : Region::PlWaw, TokenScope::WriteOnlyMetrics);
        cockpit::ConnectAgentDialog *dialog = open();
        if (throughButton) {
            QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
            QTest::mouseClick(dialog->newSourceButton(), Qt::LeftButton);
        }
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(FormPage));
        cockpit::NewDataSourceForm *form = dialog->newSourceForm();
        const Region region = throughButton ? Region::NlAms : Region::PlWaw;
        const qsizetype before =
            m_kit.emulator()->dataSources(region, m_kit.credentials().projectId).size();
        QWidget *target = field == 0   ? static_cast<QWidget *>(form->nameEdit())
                          : field == 1 ? static_cast<QWidget *>(form->typeBox())
                                       : static_cast<QWidget *>(form->retentionBox());
        target->setFocus();
        QTest::keyClick(target, Qt::Key_Return);
        QTRY_COMPARE(m_kit.emulator()->dataSources(region, m_kit.credentials().projectId).size(),
                     before + 1);
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
    }

    // Issue 25 item 6: the suggested name follows the kind of data until the user writes one.
    void theSuggestedNameFollowsTheKind()
    {
        makeToken(Region::PlWaw, TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyTraces);
        cockpit::ConnectAgentDialog *dialog = open();
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(FormPage));
        cockpit::NewDataSourceForm *form = dialog->newSourceForm();
        QVERIFY2(form->nameEdit()->text().endsWith(QStringLiteral("-metrics")),
                 qPrintable(form->nameEdit()->text()));
        form->typeBox()->setCurrentIndex(form->typeBox()->findData(int(DataSourceType::Traces)));
        QVERIFY2(form->nameEdit()->text().endsWith(QStringLiteral("-traces")),
                 qPrintable(form->nameEdit()->text()));
        QTest::keyClicks(form->nameEdit(), QStringLiteral("-mine"));
        const QString written = form->nameEdit()->text();
        form->typeBox()->setCurrentIndex(form->typeBox()->findData(int(DataSourceType::Logs)));
        QCOMPARE(form->nameEdit()->text(), written);
    }

    // Issue 25 item 12: a token that can neither send nor read data says so at once, with why,
    // instead of opening on a data source no agent could use it with.
    void aTokenNoAgentCanUseSaysSoAtOnce()
    {
        makeToken(Region::FrPar, TokenScope::FullAccessAlertManager);
        const qsizetype requests = m_kit.emulator()->requests().size();
        cockpit::ConnectAgentDialog *dialog = open();
        QCOMPARE(dialog->pages()->currentIndex(), int(ErrorPage));
        QLabel *said = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("No agent can use")))
                said = label;
        }
        QVERIFY2(said, "nothing says that no agent can use the token");
        QVERIFY(said->text().contains(QStringLiteral("Alert manager")));
        QVERIFY(!dialog->retryButton()->isVisible());
        QTest::qWait(200);
        QCOMPARE(dialog->pages()->currentIndex(), int(ErrorPage));
        QCOMPARE(m_kit.emulator()->requests().size(), requests); // nothing loaded for nothing
    }

    void aRefusedCreateIsShownInTheForm()
    {
        makeToken(Region::PlWaw, TokenScope::WriteOnlyMetrics);
        cockpit::ConnectAgentDialog *dialog = open();
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(FormPage));
        m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "POST");
        QTest::mouseClick(dialog->newSourceForm()->createButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->newSourceForm()->messageLabel()->isVisible());
        QVERIFY(dialog->newSourceForm()->createButton()->isEnabled());
        QCOMPARE(dialog->pages()->currentIndex(), int(FormPage));
    }

    void aFailedLoadCanBeTriedAgain()
    {
        makeToken(Region::NlAms, TokenScope::WriteOnlyMetrics);
        m_kit.emulator()->injectFault(EmulatorFault::Malformed, 2, "GET");
        cockpit::ConnectAgentDialog *dialog = open();
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ErrorPage));
        QVERIFY(dialog->retryButton()->isVisible());
        QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        QVERIFY(dialog->configPanel()->hasConfiguration());
    }

    void aNewSourceCanBeAddedBesideTheOthersAndCancelled()
    {
        makeToken(Region::NlAms, TokenScope::WriteOnlyMetrics);
        cockpit::ConnectAgentDialog *dialog = open();
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        QTest::mouseClick(dialog->newSourceButton(), Qt::LeftButton);
        QCOMPARE(dialog->pages()->currentIndex(), int(FormPage));
        QVERIFY(dialog->newSourceForm()->cancelButton()->isVisible());
        QTest::mouseClick(dialog->newSourceForm()->cancelButton(), Qt::LeftButton);
        QCOMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        QVERIFY(dialog->configPanel()->hasConfiguration());
    }

    void closingWipesTheConfiguration()
    {
        makeToken(Region::FrPar, TokenScope::WriteOnlyMetrics);
        cockpit::ConnectAgentDialog *dialog = open();
        QTRY_COMPARE(dialog->pages()->currentIndex(), int(ConfigPage));
        dialog->configPanel()->revealBox()->setChecked(true);
        QVERIFY(dialog->configPanel()->preview()->toPlainText().contains(m_secret.expose()));
        dialog->reject();
        QVERIFY(dialog->configPanel()->preview()->toPlainText().isEmpty());
        QVERIFY(!dialog->configPanel()->hasConfiguration());
    }
};

QTEST_MAIN(TestConnectAgentDialog)
#include "tst_connectagentdialog.moc"
