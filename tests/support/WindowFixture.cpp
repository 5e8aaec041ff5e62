#include "WindowFixture.h"

#include "common/LanguageLoader.h"
#include "models/TokenTableModel.h"
#include "tokens/TokenTableView.h"

#include <QCoreApplication>

using cockpit::Region;
using cockpit::Token;

namespace {

// Started before the members that refer to it are bound.
cockpit::testkit::EmulatorFixture &started(cockpit::testkit::EmulatorFixture &fixture)
{
    if (!fixture.start())
        qFatal("%s", qPrintable(fixture.error()));
    return fixture;
}

} // namespace

WindowFixture::WindowFixture()
    : emulator(*started(fixture).emulator())
    , credentials(fixture.credentials())
{
    installEnglish();
}

WindowFixture::~WindowFixture()
{
    window.reset();
    profiles.reset();
}

void WindowFixture::installEnglish()
{
    // As the app does on a system without a translation of its own: English, plural forms
    // included ("1 region", not "1 regions").
    static cockpit::LanguageLoader *languages = [] {
        auto *loader = new cockpit::LanguageLoader(QCoreApplication::instance());
        loader->install(QStringLiteral("en"));
        return loader;
    }();
    Q_UNUSED(languages)
}

cockpit::ClientSettings WindowFixture::windowTuning()
{
    // One request per region: the faults land where intended.
    cockpit::ClientSettings tuning = cockpit::testkit::oneRequestPerFault();
    tuning.timeoutMs = 8000;
    return tuning;
}

bool WindowFixture::show()
{
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

void WindowFixture::buildWindow()
{
    window = std::make_unique<cockpit::MainWindow>(profiles.get());
    window->resize(1200, 700);
}

QList<Token> WindowFixture::emulatorTokens(const QList<Region> &regions,
                                           const QString &projectId) const
{
    QList<Token> all;
    for (Region region : regions)
        all.append(
            emulator.tokens(region, projectId.isEmpty() ? credentials.projectId : projectId));
    return all;
}

QStringList WindowFixture::shownIds() const
{
    QStringList ids;
    const QAbstractItemModel *model = window->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(cockpit::TokenTableModel::TokenIdRole).toString());
    return ids;
}

QSet<QString> WindowFixture::idsOf(const QList<Token> &tokens)
{
    QSet<QString> ids;
    for (const Token &token : tokens)
        ids.insert(token.id);
    return ids;
}

QSet<QString> WindowFixture::shownIdSet() const
{
    const QStringList ids = shownIds();
    return QSet<QString>(ids.cbegin(), ids.cend());
}
