#include "EmulatorFixture.h"

#include "api/CockpitClient.h"

namespace cockpit::testkit {

ClientSettings quickRetries(ClientSettings settings)
{
    settings.retryBaseDelayMs = 5;
    settings.retryMaxDelayMs = 20;
    return settings;
}

ClientSettings noRetries(ClientSettings settings)
{
    settings.maxRetries = 0;
    return settings;
}

ClientSettings oneRequestPerFault(ClientSettings settings)
{
    settings = noRetries(settings);
    settings.speculativePages = 0;
    return settings;
}

EmulatorFixture::EmulatorFixture() = default;

EmulatorFixture::~EmulatorFixture()
{
    stop();
}

bool EmulatorFixture::start(Seed seed)
{
    stop();
    m_error.clear();
    m_emulator = std::make_unique<TestEmulator>();
    if (m_emulator->listenLocal() == 0) {
        m_error = QStringLiteral("the emulator could not listen on 127.0.0.1");
        return false;
    }
    if (seed == Seed::Demo)
        m_credentials = m_emulator->seedDemo();
    m_baseUrl = m_transport.front(m_emulator->baseUrl());
    if (m_baseUrl.isEmpty()) {
        m_error = m_transport.error();
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport.watch(m_network.get());
    return true;
}

void EmulatorFixture::stop()
{
    m_network.reset();
    m_emulator.reset();
    m_credentials = {};
    m_baseUrl.clear();
}

ClientSettings EmulatorFixture::settings(ClientSettings tuning) const
{
    tuning.baseUrl = m_baseUrl;
    if (tuning.secretKey.isEmpty())
        tuning.secretKey = Secret(m_credentials.secretKey);
    return tuning;
}

std::unique_ptr<CockpitClient> EmulatorFixture::makeClient(const ClientSettings &tuning) const
{
    return std::make_unique<CockpitClient>(m_network.get(), settings(tuning));
}

} // namespace cockpit::testkit
