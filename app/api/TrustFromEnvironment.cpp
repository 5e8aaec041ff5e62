#include "TrustFromEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QSslConfiguration>

namespace cockpit {
namespace {

// Where Qt's OpenSSL backend already finds the system's authorities by itself (Qt 6.4 to 6.11): the
// folders it searches by hashed name, and the bundles it reads, Debian's included, whose every
// certificate update-ca-certificates also links by hash into /etc/ssl/certs. Many distributions and
// containers name them in SSL_CERT_FILE or SSL_CERT_DIR; reading them again would add nothing and
// cost a fifth of a second at every start (hundreds of certificates parsed).
bool trustedBySystem(const QString &path)
{
    static const QStringList folders{QStringLiteral("/etc/ssl/certs"),
                                     QStringLiteral("/usr/lib/ssl/certs"),
                                     QStringLiteral("/usr/share/ssl"),
                                     QStringLiteral("/usr/local/ssl"),
                                     QStringLiteral("/var/ssl/certs"),
                                     QStringLiteral("/usr/local/ssl/certs"),
                                     QStringLiteral("/etc/openssl/certs"),
                                     QStringLiteral("/opt/openssl/certs"),
                                     QStringLiteral("/etc/ssl")};
    static const QStringList bundles{QStringLiteral("/etc/ssl/certs/ca-certificates.crt"),
                                     QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt"),
                                     QStringLiteral("/usr/local/share/certs/ca-root-nss.crt")};
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return false;
    return info.isDir() ? folders.contains(canonical) : bundles.contains(canonical);
}

} // namespace

ExtraAuthorities authoritiesFromEnvironment(const QProcessEnvironment &environment)
{
    ExtraAuthorities found;
    const QString file = environment.value(QStringLiteral("SSL_CERT_FILE")).trimmed();
    if (!file.isEmpty() && !trustedBySystem(file)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file);
        if (certificates.isEmpty())
            found.problems.append(
                QStringLiteral("SSL_CERT_FILE %1 holds no PEM certificate").arg(file));
        found.certificates += certificates;
    }
    const QStringList folders = environment.value(QStringLiteral("SSL_CERT_DIR"))
                                    .split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &folder : folders) {
        if (trustedBySystem(folder))
            continue;
        QList<QSslCertificate> inFolder;
        const QFileInfoList entries =
            QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &entry : entries)
            inFolder += QSslCertificate::fromPath(entry.filePath());
        if (inFolder.isEmpty())
            found.problems.append(
                QStringLiteral("SSL_CERT_DIR folder %1 holds no PEM certificate").arg(folder));
        found.certificates += inFolder;
    }
    return found;
}

int trustAuthorities(const QList<QSslCertificate> &certificates)
{
    if (certificates.isEmpty())
        return 0;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return int(certificates.size());
}

} // namespace cockpit
