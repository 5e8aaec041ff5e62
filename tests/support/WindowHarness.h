#pragma once

// The real MainWindow against an in-process emulator seeded with the demo data, reached through
// the "Environment" profile exactly as SCW_API_URL=http://127.0.0.1:PORT would. The client gets
// no retries, no speculative page requests and short timeouts, so that one injected fault is one
// visible failure (WindowFixture::windowTuning()).
#include "WindowFixture.h"
#include "frame/HeaderBar.h"
#include "frame/StatusBanners.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "tokens/TokenTableView.h"

#include <QStandardPaths>

#include <functional>

class WindowHarness : public WindowFixture
{
public:
    using CredentialsTweak = std::function<void(cockpit::ApiCredentials &)>;

    explicit WindowHarness(const CredentialsTweak &tweak = {});

    // Opens the environment profile and waits for the first load to end; false on timeout.
    [[nodiscard]] bool start();
    // Waits for the window's current load to end; false on timeout.
    [[nodiscard]] bool waitForLoad(int timeoutMs = 10000);

    const cockpit::EmulatorCredentials &seeded; // the demo organization
};
