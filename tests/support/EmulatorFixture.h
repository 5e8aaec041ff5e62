#pragma once

// The fixture of every test against the in-process emulator: a fresh TestEmulator on 127.0.0.1
// per test function, seeded with the demo organization (or left empty for a test that seeds its
// own), reached over plain HTTP or, in the "_gateway" CTest variants, through the TLS + HTTP/2
// gateway (TestTransport), and a network plus CockpitClient settings that point at it.
//
//   cockpit::testkit::EmulatorFixture m_kit;      // a member: the gateway outlives one test
//   void init() { QVERIFY2(m_kit.start(), qPrintable(m_kit.error())); }
//   void cleanup() { m_client.reset(); m_kit.stop(); }
//   m_client = m_kit.makeClient(cockpit::testkit::noRetries());
#include "TestTransport.h"

#include "api/ClientSettings.h"
#include "emulator/testing/TestEmulator.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

namespace cockpit {
class CockpitClient;
}

namespace cockpit::testkit {

// Client tunings the tests share; each takes the settings to change and returns them.
// Short backoff (5 ms, at most 20 ms): retried reads do not slow the suite.
ClientSettings quickRetries(ClientSettings settings = {});
// No retry of a failed read.
ClientSettings noRetries(ClientSettings settings = {});
// No retry and no speculative page request: one injected fault is one visible failure.
ClientSettings oneRequestPerFault(ClientSettings settings = {});

class EmulatorFixture
{
public:
    enum class Seed
    {
        Demo,   // TestEmulator::seedDemo(): one organization, its API key, projects and tokens
        Nothing // no key, no project: the test seeds its own
    };

    EmulatorFixture();
    ~EmulatorFixture();
    EmulatorFixture(const EmulatorFixture &) = delete;
    EmulatorFixture &operator=(const EmulatorFixture &) = delete;

    // A new emulator listening on 127.0.0.1 (any previous one stopped), seeded, the transport
    // in front of it and a new network watched by it. False with a reason in error().
    [[nodiscard]] bool start(Seed seed = Seed::Demo);
    // Drops the network and the emulator. Clients made on the network must go first.
    void stop();
    // Only the emulator goes: nothing answers at its address any more (a gateway in front of it
    // then has no upstream); the network and credentials stay.
    void stopEmulator() { m_emulator.reset(); }

    TestEmulator *emulator() const { return m_emulator.get(); }
    // The demo organization's key and project (empty with Seed::Nothing).
    const EmulatorCredentials &credentials() const { return m_credentials; }
    // What a client uses: the emulator's URL, or the gateway's in front of it.
    QUrl baseUrl() const { return m_baseUrl; }
    QNetworkAccessManager *network() const { return m_network.get(); }
    TestTransport &transport() { return m_transport; }
    const TestTransport &transport() const { return m_transport; }
    QString error() const { return m_error; }

    // `tuning` pointed at baseUrl() with the demo's secret key (unless it has a key already).
    ClientSettings settings(ClientSettings tuning = {}) const;
    // A client on network() with settings(tuning).
    std::unique_ptr<CockpitClient> makeClient(const ClientSettings &tuning = {}) const;

private:
    TestTransport m_transport; // kept from test to test: the gateway's certificates
    std::unique_ptr<TestEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    EmulatorCredentials m_credentials;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace cockpit::testkit
