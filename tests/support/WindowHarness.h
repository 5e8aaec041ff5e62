#pragma once

// The real MainWindow against an in-process emulator seeded with the demo data, reached through
// the "Environment" profile exactly as SCW_API_URL=http://127.0.0.1:PORT would. The client gets
// no retries, no speculative page requests and short timeouts, so that one injected fault is one
// visible failure.
#include "ConfirmationWatch.h"
#include "emulator/testing/TestEmulator.h"
#include "frame/HeaderBar.h"
#include "frame/StatusBanners.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "profiles/ProfileDirectory.h"
#include "tokens/TokenTableView.h"
#include "window/MainWindow.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

class WindowHarness
{
public:
    using CredentialsTweak = std::function<void(cockpit::ApiCredentials &)>;

    explicit WindowHarness(const CredentialsTweak &tweak = {});

    // Installs the English translation (plural forms) once per test program, as the app does.
    static void installEnglish();

    // Opens the environment profile and waits for the first load to end; false on timeout.
    [[nodiscard]] bool start();
    // Waits for the window's current load to end; false on timeout.
    [[nodiscard]] bool waitForLoad(int timeoutMs = 10000);

    // The emulator's tokens of a project (default: the profile's) in some regions (default: all).
    QList<cockpit::Token>
    emulatorTokens(const QList<cockpit::Region> &regions = cockpit::allRegions(),
                   const QString &projectId = {}) const;
    // Token IDs the table shows, in view order.
    QStringList shownIds() const;
    static QSet<QString> idsOf(const QList<cockpit::Token> &tokens);
    QSet<QString> shownIdSet() const;

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
    cockpit::TestEmulator emulator;
    cockpit::EmulatorCredentials seeded;
    QNetworkAccessManager network;
    std::unique_ptr<ProfileDirectory> profiles;
    std::unique_ptr<MainWindow> window;
};
