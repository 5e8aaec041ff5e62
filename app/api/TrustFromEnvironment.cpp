#include "TrustFromEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QSslConfiguration>

namespace cockpit {

ExtraAuthorities authoritiesFromEnvironment(const QProcessEnvironment &environment)
{
    ExtraAuthorities found;
    const QString file = environment.value(QStringLiteral("SSL_CERT_FILE")).trimmed();
    if (!file.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file);
        if (certificates.isEmpty())
            found.problems.append(
                QStringLiteral("SSL_CERT_FILE %1 holds no PEM certificate").arg(file));
        found.certificates += certificates;
    }
    const QStringList folders = environment.value(QStringLiteral("SSL_CERT_DIR"))
                                    .split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &folder : folders) {
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
