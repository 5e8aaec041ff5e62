#include "TestTransport.h"

#include "api/Http2Policy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

TestTransport::TestTransport()
    : m_viaGateway(gatewayRequested())
{
}

TestTransport::~TestTransport()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
}

namespace {

QString verbOf(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return QStringLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QStringLiteral("POST");
    case QNetworkAccessManager::DeleteOperation:
        return QStringLiteral("DELETE");
    case QNetworkAccessManager::PutOperation:
        return QStringLiteral("PUT");
    default:
        return QString::fromLatin1(
            reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    }
}

} // namespace

bool TestTransport::gatewayRequested()
{
    return qEnvironmentVariable("COCKPIT_TEST_TRANSPORT") == QLatin1String("gateway");
}

QUrl TestTransport::front(const QUrl &emulatorUrl, const TestGateway::Options &options)
{
    if (!m_viaGateway)
        return emulatorUrl;
    if (!m_gateway.setUpstream(emulatorUrl, options)) {
        m_error = m_gateway.error();
        return {};
    }
    // What the app does with SSL_CERT_FILE: the test CA on top of the system's.
    QSslConfiguration::setDefaultConfiguration(m_gateway.trustingConfiguration());
    return m_gateway.baseUrl();
}

void TestTransport::watch(QNetworkAccessManager *network)
{
    if (!m_viaGateway || !network || m_watched.contains(network))
        return;
    m_watched.append(network);
    m_connections.append(QObject::connect(
        network, &QNetworkAccessManager::finished, network, [this](QNetworkReply *reply) {
            // Only answers count: a request that never reached the server has no protocol.
            if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
                return;
            const bool http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
            if (http2)
                ++m_http2Answers;
            // HTTP/2 wherever this Qt allows it (cockpit::http2Allowed()), HTTP/1.1 over TLS
            // before.
            if (http2 != cockpit::http2Allowed()) {
                m_withoutHttp2.append(QStringLiteral("%1 %2: not %3")
                                          .arg(verbOf(reply), reply->url().path(),
                                               cockpit::http2PolicyDescription()));
            }
        }));
}

QStringList TestTransport::takeAnswersWithoutHttp2()
{
    return std::exchange(m_withoutHttp2, {});
}

int TestTransport::takeHttp2Answers()
{
    return std::exchange(m_http2Answers, 0);
}
