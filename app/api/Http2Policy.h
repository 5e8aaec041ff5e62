#pragma once

#include <QString>

namespace cockpit {

// Whether requests may use HTTP/2 (by ALPN, over TLS) with the Qt this process runs on. The one
// place that knows which Qt versions handle the real API's gateway safely.
//
// Qt before 6.5.1 leaves requests hanging for good after a GOAWAY (QTBUG-111417): measured with
// tests/api/tst_gatewaywire on Debian 12's Qt 6.4.2 behind nginx sending GOAWAY every 3
// requests, 2 to 4 of 24 concurrent requests never finished, creates among them, in every run.
// The resend of unprocessed streams cannot reach them (Qt reports nothing), and a create that
// times out has an unknown outcome. So on those versions the client speaks HTTP/1.1 over TLS,
// where a closed connection is reported and the same gateway works; from 6.5.1 on, HTTP/2.
bool http2Allowed();
// "HTTP/2" or "HTTP/1.1 (Qt x.y.z: HTTP/2 leaves requests hanging after a GOAWAY)", for logs.
QString http2PolicyDescription();

} // namespace cockpit
