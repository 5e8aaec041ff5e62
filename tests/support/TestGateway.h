#pragma once

#include <QMap>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real TLS + HTTP/2 gateway in front of the emulator, as api.scaleway.com has one: nginx
// (Debian's nginx-light), unprivileged on a free 127.0.0.1 port with a prefix folder of its own,
// HTTP/2 by ALPN, proxying over HTTP/1.1 to an upstream URL. Its certificates are made at start by
// make-test-certificates.sh. The options reproduce what real gateways do to a client: GOAWAY after
// a number of requests on one connection, fewer concurrent streams than Qt assumes, a short idle
// timeout, an answer of their own (502/503/504 with nginx's HTML), a slow upstream cut off.
class TestGateway
{
public:
    enum class Certificate
    {
        Valid,     // for 127.0.0.1, signed by the test CA
        WrongHost, // signed by the test CA, for another name
        Expired,   // signed by the test CA, expired
        Untrusted  // signed by a CA the client does not know
    };

    struct Options
    {
        int goawayAfterRequests = 1000;  // keepalive_requests: GOAWAY after this many streams
        int maxConcurrentStreams = 128;  // http2_max_concurrent_streams
        int idleTimeoutSeconds = 75;     // keepalive_timeout
        int upstreamTimeoutSeconds = 60; // proxy_read_timeout: then 504
        int fixedStatus = 0;             // when set, nginx answers every request with it
        bool http2 = true;
        bool tls = true; // false: plain HTTP on the port (a client speaking TLS there fails)
        Certificate certificate = Certificate::Valid;
    };

    TestGateway();
    ~TestGateway();
    TestGateway(const TestGateway &) = delete;
    TestGateway &operator=(const TestGateway &) = delete;

    // Uses the certificates make-test-certificates.sh already made in `folder` instead of making
    // new ones at start: for a client that must trust the CA before it starts (Node.js reads
    // NODE_EXTRA_CA_CERTS once, at start). Call before start().
    void useCertificates(const QString &folder) { m_givenCertificates = folder; }

    // Makes the certificates and starts nginx in front of upstream ("http://127.0.0.1:<port>").
    // Returns false with a reason in error() when it cannot (nginx or openssl missing, ...).
    bool start(const QUrl &upstream, const Options &options);
    bool start(const QUrl &upstream) { return start(upstream, Options()); }
    // Starts again with other options (same certificates, same port when it is free).
    bool restart(const Options &options);
    // Starts again in front of another upstream, keeping the certificates (a new emulator per
    // test function costs an nginx start, not new keys).
    bool setUpstream(const QUrl &upstream, const Options &options);
    bool setUpstream(const QUrl &upstream) { return setUpstream(upstream, Options()); }
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // "https://127.0.0.1:<port>"
    quint16 port() const { return m_port; }
    QString caFile() const; // the test CA, PEM
    QString certificateFolder() const;
    // The default configuration with the test CA added to the system's.
    QSslConfiguration trustingConfiguration() const;
    // nginx's access log so far: one line per request, "<method> <uri> <status> <protocol>".
    QStringList accessLog() const;
    // The access log's requests from line `from` on, by protocol: {"HTTP/2.0": 12}.
    QMap<QString, int> requestsByProtocol(qsizetype from = 0) const;
    QString error() const { return m_error; }

    // Where nginx is, or empty.
    static QString nginxProgram();
    // A port of 127.0.0.1 free at the time of the call (0 if none), and a bounded wait (about
    // 10 s) until `process` accepts connections there; shared with the other servers tests start.
    static quint16 freeLocalPort();
    static bool waitUntilListening(QProcess &process, quint16 port);

private:
    bool makeCertificates();
    bool writeConfiguration(const Options &options);
    bool launch();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_nginx;
    QUrl m_upstream;
    QString m_givenCertificates;
    quint16 m_port = 0;
    QString m_error;
};
