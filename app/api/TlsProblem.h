#pragma once

#include <QList>
#include <QSslError>
#include <QString>

namespace cockpit {

// What went wrong when a secure connection could not be set up, in a sentence that says what to
// do. The certificate errors are those Qt reported for the reply (never ignored: there is no
// option to accept a certificate the system does not trust); with none, the handshake itself
// failed (the server does not speak TLS there, or no protocol or cipher is shared).
QString describeTlsProblem(const QString &host, const QList<QSslError> &errors);

} // namespace cockpit
