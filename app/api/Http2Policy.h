#pragma once

#include <QString>
#include <QUrl>

namespace cockpit {

// Whether requests may use HTTP/2 (by ALPN, over TLS) with the Qt this process runs on. The one
// place that knows which Qt versions handle the real API's gateway safely.
//
// Qt leaves requests that wait for a stream when a GOAWAY comes waiting for good (no stream, no
// error; seen on 6.4.2 and 6.8.2). RequestRunner sends those again (they never left), which
// makes tests/api/tst_gatewaywire pass on Qt 6.8. On Debian 12's Qt 6.4.2 it is not enough:
// with HTTP/2 forced there (COCKPIT_FORCE_HTTP2=1), requests whose stream nginx refused (2
// streams at most) still hung until their timeout in some runs, creates among them, whose
// outcome is then unknown; and 6.4.2 lacks the fix of CVE-2023-51714 in its HTTP/2 header
// decoder. So before Qt 6.5.1 the client speaks HTTP/1.1 over TLS, where the same gateway
// works in every run; from 6.5.1 on, HTTP/2.
bool http2Allowed();
// Whether requests to `baseUrl` will go over HTTP/2: allowed, and TLS (HTTP/2 comes by ALPN; a
// plain http:// address, only ever the loopback, speaks HTTP/1.1).
bool http2ExpectedFor(const QUrl &baseUrl);
// "HTTP/2" or "HTTP/1.1 (Qt x.y.z: HTTP/2 leaves requests hanging after a GOAWAY)", for logs.
QString http2PolicyDescription();

} // namespace cockpit
