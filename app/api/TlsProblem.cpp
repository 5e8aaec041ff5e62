#include "TlsProblem.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSslCertificate>

namespace cockpit {
namespace {

bool isUnknownAuthority(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

QString names(const QSslCertificate &certificate)
{
    QStringList all;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        all.append(it.value());
    if (all.isEmpty())
        all = certificate.subjectInfo(QSslCertificate::CommonName);
    return all.join(QStringLiteral(", "));
}

QString day(const QDateTime &when)
{
    return QLocale().toString(when.toUTC().date(), QLocale::ShortFormat);
}

} // namespace

QString describeTlsProblem(const QString &host, const QList<QSslError> &errors)
{
    // The most telling error first: a wrong name or a date says more than "untrusted".
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::HostNameMismatch) {
            return QCoreApplication::translate(
                       "cockpit::TlsProblem",
                       "The certificate of %1 is made out to another name (%2): this "
                       "is not the server you meant, or it is set up wrongly.")
                .arg(host, names(error.certificate()));
        }
    }
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::CertificateExpired) {
            return QCoreApplication::translate(
                       "cockpit::TlsProblem",
                       "The certificate of %1 expired on %2. Check this computer's date; "
                       "otherwise the server must renew it.")
                .arg(host, day(error.certificate().expiryDate()));
        }
        if (error.error() == QSslError::CertificateNotYetValid) {
            return QCoreApplication::translate(
                       "cockpit::TlsProblem",
                       "The certificate of %1 is only valid from %2. Check this "
                       "computer's date and time.")
                .arg(host, day(error.certificate().effectiveDate()));
        }
    }
    for (const QSslError &error : errors) {
        if (isUnknownAuthority(error.error())) {
            const QStringList issuer = error.certificate().issuerInfo(QSslCertificate::CommonName);
            return QCoreApplication::translate(
                       "cockpit::TlsProblem",
                       "The certificate of %1 is signed by an authority this computer "
                       "does not trust (%2). If your network inspects HTTPS, add its "
                       "authority with SSL_CERT_FILE or SSL_CERT_DIR, as for the scw CLI.")
                .arg(host, issuer.isEmpty() ? QCoreApplication::translate("cockpit::TlsProblem",
                                                                          "unknown issuer")
                                            : issuer.join(u' '));
        }
    }
    if (!errors.isEmpty()) {
        return QCoreApplication::translate("cockpit::TlsProblem",
                                           "The certificate of %1 was refused: %2")
            .arg(host, errors.constFirst().errorString());
    }
    return QCoreApplication::translate(
               "cockpit::TlsProblem",
               "No secure connection could be set up with %1 (the TLS handshake "
               "failed). Check that the address is an HTTPS one and that no proxy or "
               "firewall is in the way.")
        .arg(host);
}

} // namespace cockpit
