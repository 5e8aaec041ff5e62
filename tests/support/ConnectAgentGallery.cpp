// The "Connect an agent" entries of DialogGallery: each opens the dialog for a token of the
// demo organization on the gallery's emulator and drives it into one state.
#include "GalleryEntry.h"

#include "connect/AgentConfigPanel.h"
#include "connect/ConnectAgentDialog.h"
#include "connect/NewDataSourceForm.h"
#include "emulator/testing/TestEmulator.h"
#include "services/DataSourceCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace cockpit;

namespace Gallery {
namespace {

std::function<QWidget *(const Services &)>
connectDialog(Region region, TokenScopes scopes, std::function<void(TestEmulator *)> before = {})
{
    return [region, scopes, before](const Services &s) -> QWidget * {
        const Token token =
            s.emulator->addToken(region, s.projectId, QStringLiteral("alloy-agent-paris"), scopes);
        if (before)
            before(s.emulator);
        auto *catalog = new DataSourceCatalog(s.client, token.projectId, token.region);
        TestEmulator *emulator = s.emulator;
        auto *dialog = new cockpit::ConnectAgentDialog(
            token, emulator->tokenSecret(region, token.id), catalog, s.clipboard,
            [emulator](const DataSource &source) { return emulator->pushBaseUrl(source.id); });
        catalog->setParent(dialog);
        return dialog;
    };
}

// Waits for the dialog to reach `page`, then applies `apply`.
std::function<QWidget *(QWidget *)>
onPage(cockpit::ConnectAgentDialog::Page page,
       std::function<void(cockpit::ConnectAgentDialog *)> apply = {})
{
    return [page, apply](QWidget *widget) -> QWidget * {
        auto *dialog = static_cast<cockpit::ConnectAgentDialog *>(widget);
        if (!QTest::qWaitFor([&] { return dialog->pages()->currentIndex() == page; }, 10000))
            return nullptr;
        if (apply)
            apply(dialog);
        return dialog;
    };
}

} // namespace

Entries connectAgentEntries()
{
    const TokenScopes push = TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs;
    return {
        {QStringLiteral("connect agent"),
         {connectDialog(Region::FrPar, push), onPage(cockpit::ConnectAgentDialog::ConfigPage)}},
        {QStringLiteral("connect agent, secret shown, copied"),
         {connectDialog(Region::FrPar, push), onPage(cockpit::ConnectAgentDialog::ConfigPage,
                                                     [](cockpit::ConnectAgentDialog *d) {
                                                         d->selectAgent(AgentKind::Prometheus);
                                                         d->configPanel()->revealBox()->setChecked(
                                                             true);
                                                         d->configPanel()->copyButton()->click();
                                                     })}},
        {QStringLiteral("connect agent, does not fit"),
         {connectDialog(Region::FrPar, push), onPage(cockpit::ConnectAgentDialog::ConfigPage,
                                                     [](cockpit::ConnectAgentDialog *d) {
                                                         d->sourceBox()->setCurrentIndex(
                                                             0); // Scaleway Metrics: read-only
                                                         d->selectAgent(AgentKind::Alloy);
                                                     })}},
        {QStringLiteral("connect agent, Grafana"),
         {connectDialog(Region::FrPar, TokenScope::ReadOnlyMetrics | TokenScope::ReadOnlyLogs),
          onPage(cockpit::ConnectAgentDialog::ConfigPage)}},
        {QStringLiteral("connect agent, no data source"),
         {connectDialog(Region::PlWaw, push), onPage(cockpit::ConnectAgentDialog::FormPage)}},
        {QStringLiteral("connect agent, new source refused"),
         {connectDialog(
              Region::PlWaw, push,
              [](TestEmulator *e) { e->injectFault(EmulatorFault::ServerErrorJson, 1, "POST"); }),
          onPage(cockpit::ConnectAgentDialog::FormPage,
                 [](cockpit::ConnectAgentDialog *d) {
                     d->newSourceForm()->createButton()->click();
                     (void)QTest::qWaitFor(
                         [d] { return d->newSourceForm()->createButton()->isEnabled(); }, 10000);
                 })}},
        {QStringLiteral("connect agent, loading"),
         {connectDialog(Region::NlAms, push,
                        [](TestEmulator *e) { e->injectFault(EmulatorFault::Stall, 2, "GET"); }),
          onPage(cockpit::ConnectAgentDialog::LoadingPage)}},
        {QStringLiteral("connect agent, load failed"),
         {connectDialog(
              Region::NlAms, push,
              [](TestEmulator *e) { e->injectFault(EmulatorFault::ServerError, 2, "GET"); }),
          onPage(cockpit::ConnectAgentDialog::ErrorPage)}},
    };
}

} // namespace Gallery
