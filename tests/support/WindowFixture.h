#pragma once

// What the two window harnesses share (WindowHarness: the window on the "Environment" profile;
// ProfileTestKit: the window on scw CLI and app profiles): the emulator fixture seeded with the
// demo organization, the real MainWindow over a ProfileDirectory on the fixture's network, the
// English plural forms, the client tuning of a window test, and what the table shows.
#include "ConfirmationWatch.h"
#include "EmulatorFixture.h"
#include "credentials/ProfileDirectory.h"
#include "window/MainWindow.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QTest>

#include <memory>

class WindowFixture
{
public:
    WindowFixture(const WindowFixture &) = delete;
    WindowFixture &operator=(const WindowFixture &) = delete;

    // Installs the English translation (plural forms) once per test program, as the app does.
    static void installEnglish();
    // No retries, no speculative page requests, short timeouts: one injected fault is one visible
    // failure.
    static cockpit::ClientSettings windowTuning();

    // The emulator's tokens of a project (default: the demo's) in some regions (default: all).
    QList<cockpit::Token>
    emulatorTokens(const QList<cockpit::Region> &regions = cockpit::allRegions(),
                   const QString &projectId = {}) const;
    QSet<QString> emulatorTokenIds(const QString &projectId) const
    {
        return idsOf(emulatorTokens(cockpit::allRegions(), projectId));
    }
    // Token IDs the table shows, in view order, and as a set.
    QStringList shownIds() const;
    QSet<QString> shownIdSet() const;
    static QSet<QString> idsOf(const QList<cockpit::Token> &tokens);

    // The visible child of `parent` of type T (with that object name, if given), waiting up to
    // `timeoutMs` for one to show (a dialog the window opens); null if none did.
    template <typename T>
    static T *waitForVisibleChild(QObject *parent, const QString &name = {}, int timeoutMs = 10000)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (T *candidate : parent->findChildren<T *>(name)) {
                    if (candidate->isVisible())
                        found = candidate;
                }
                return found != nullptr;
            },
            timeoutMs);
        return found;
    }

    ConfirmationWatch confirmations; // every message box a window test reaches is checked
    cockpit::testkit::EmulatorFixture fixture;
    cockpit::TestEmulator &emulator;                 // the fixture's
    const cockpit::EmulatorCredentials &credentials; // the demo organization
    std::unique_ptr<cockpit::ProfileDirectory> profiles;
    std::unique_ptr<cockpit::MainWindow> window;

protected:
    // Starts the fixture (a test cannot go on without it).
    WindowFixture();
    ~WindowFixture();

    // Shows the window and waits until it is exposed; false on timeout.
    [[nodiscard]] bool show();
    // The window over `profiles`, at the size window tests use.
    void buildWindow();
};
