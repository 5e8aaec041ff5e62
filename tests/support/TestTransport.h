#pragma once

#include "TestGateway.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// How an integration suite reaches the emulator. By default over plain HTTP/1.1 on 127.0.0.1;
// with COCKPIT_TEST_TRANSPORT=gateway (the "_gateway" CTest variants) through a TestGateway,
// over TLS and HTTP/2 as the real API answers: the test CA becomes the default TLS
// configuration's, and every answer that did not come over HTTP/2 is noted, so that a suite can
// prove it ran on the production protocol.
class TestTransport
{
public:
    TestTransport();
    ~TestTransport();

    static bool gatewayRequested();
    bool viaGateway() const { return m_viaGateway; }

    // The base URL a client should use for this emulator; empty on failure (see error()).
    QUrl front(const QUrl &emulatorUrl, const TestGateway::Options &options);
    QUrl front(const QUrl &emulatorUrl) { return front(emulatorUrl, TestGateway::Options()); }
    // Notes the answers of this network that did not use HTTP/2 (gateway only).
    void watch(QNetworkAccessManager *network);
    // "GET /…: HTTP/1.1" for each such answer since the last call; empty when all used HTTP/2
    // or when the suite runs over plain HTTP.
    QStringList takeAnswersWithoutHttp2();
    // How many answers came over HTTP/2 since the last call.
    int takeHttp2Answers();

    TestGateway &gateway() { return m_gateway; }
    QString error() const { return m_error; }

private:
    bool m_viaGateway = false;
    TestGateway m_gateway;
    QList<QPointer<QNetworkAccessManager>> m_watched;
    QList<QMetaObject::Connection> m_connections;
    QStringList m_withoutHttp2;
    int m_http2Answers = 0;
    QString m_error;
};
