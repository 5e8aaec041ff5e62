#pragma once

#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace cockpit {

// Sets a network access manager up the way the scw CLI reads its environment: the proxy of each
// request from HTTPS_PROXY/HTTP_PROXY/NO_PROXY (else the system's settings), and the extra
// certificate authorities of SSL_CERT_FILE/SSL_CERT_DIR on top of the system's. What cannot be
// used is logged (category cockpit.api), without passwords.
void applyNetworkEnvironment(QNetworkAccessManager *network,
                             const QProcessEnvironment &environment);

} // namespace cockpit
