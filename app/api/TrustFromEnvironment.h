#pragma once

#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QStringList>

namespace cockpit {

// The certificate authorities that SSL_CERT_FILE (a PEM file, possibly a bundle) and SSL_CERT_DIR
// (folders separated by ':', every certificate file in them) name: how the scw CLI, OpenSSL and
// curl are told about a company's TLS-inspecting gateway. Qt's OpenSSL backend reads neither. The
// system's own folders and bundles, which Qt already trusts, are not read again.
struct ExtraAuthorities
{
    QList<QSslCertificate> certificates;
    QStringList problems; // a file or folder that held no certificate, in sentences for the log
};
ExtraAuthorities authoritiesFromEnvironment(
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Adds them to the default TLS configuration, on top of the system's authorities (not instead).
// Returns how many were added.
int trustAuthorities(const QList<QSslCertificate> &certificates);

} // namespace cockpit
