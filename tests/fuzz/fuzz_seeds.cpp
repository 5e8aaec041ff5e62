// cockpit-fuzz-seeds <corpus-root>: the fuzz targets' seed corpora, made at run time from the
// recorded traffic (../shared/cassettes, data-sources/ included) plus a few shapes of our own:
// each answer body goes to the targets that decode it, each request to the emulator's. Files are
// named by the SHA-1 of their bytes, as libFuzzer names its own.
#include "CassetteReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

using namespace cockpit;

namespace {

int written = 0;

void seed(const QString &root, const QString &target, const QByteArray &bytes)
{
    QDir dir(root);
    dir.mkpath(target);
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile file(dir.filePath(target + QLatin1Char('/') + name));
    if (!file.exists() && file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        ++written;
    }
}

QByteArray framedRequest(const CassetteInteraction &interaction)
{
    QByteArray framed =
        interaction.method + '\n' + interaction.url.path(QUrl::FullyEncoded).toUtf8();
    if (interaction.url.hasQuery())
        framed += '?' + interaction.url.query(QUrl::FullyEncoded).toUtf8();
    framed += '\n';
    for (const auto &[name, value] : interaction.requestHeaders) {
        // The recorded key is redacted: the target puts the demo key's secret for SECRET.
        const bool key = name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0;
        framed += name + ": " + (key ? QByteArray("SECRET") : value) + '\n';
    }
    return framed + '\n' + interaction.requestBody;
}

void fromInteraction(const QString &root, const CassetteInteraction &interaction)
{
    const QString path = interaction.url.path();
    const QByteArray &body = interaction.responseBody;
    seed(root, QStringLiteral("emulator_request"), framedRequest(interaction));
    if (interaction.status >= 400) {
        const QByteArray status{char(interaction.status >> 8), char(interaction.status & 0xff)};
        seed(root, QStringLiteral("api_error"), QByteArray(status).append(body));
        return;
    }
    if (body.isEmpty())
        return;
    // The first byte picks the region the page was asked in (fr-par, as recorded).
    const QByteArray frPar(1, '\0');
    if (path.contains(QLatin1String("/tokens"))) {
        if (body.contains("\"total_count\"")) {
            seed(root, QStringLiteral("token_page"), QByteArray(frPar).append(body));
        } else {
            seed(root, QStringLiteral("token"), body);
            // The recordings list few pages: the recorded token as a page of one too.
            seed(root, QStringLiteral("token_page"),
                 QByteArray(frPar) + "{\"tokens\":[" + body + "],\"total_count\":1}");
        }
    } else if (path.contains(QLatin1String("/projects")) ||
               path.contains(QLatin1String("/api-keys")))
        seed(root, QStringLiteral("account"), body);
    else if (path.contains(QLatin1String("/data-sources")) ||
             path.endsWith(QLatin1String("/config")))
        seed(root, QStringLiteral("data_sources"), QByteArray(frPar).append(body));
}

// Shapes the recordings do not hold: empty and minimal documents, and config files.
void ownShapes(const QString &root)
{
    for (const char *shape : {"", "{}", "[]", "null", "{\"total_count\":0}"}) {
        for (const char *target : {"token", "account"})
            seed(root, QString::fromLatin1(target), QByteArray(shape));
        for (const char *target : {"token_page", "data_sources"})
            seed(root, QString::fromLatin1(target), QByteArray(1, '\0').append(shape));
        seed(root, QStringLiteral("api_error"), QByteArray("\x01\x90", 2).append(shape));
    }
    // Requests of every verb the emulator routes, framed as fuzz_emulator_request reads them.
    for (const char *request :
         {"GET\n/cockpit/v1/regions/fr-par/tokens?page_size=10\nX-Auth-Token: SECRET\n\n",
          "POST\n/cockpit/v1/regions/nl-ams/tokens\nX-Auth-Token: SECRET\nContent-Type: "
          "application/json\n\n{\"name\":\"fuzz\",\"scopes\":[\"read_only_logs\"]}",
          "DELETE\n/cockpit/v1/regions/pl-waw/tokens/00000000-0000-4000-8000-000000000000\n"
          "X-Auth-Token: SECRET\n\n",
          "GET\n/account/v3/projects?page=1\nX-Auth-Token: SECRET\n\n", "GET\n/no/such/route\n\n"})
        seed(root, QStringLiteral("emulator_request"), QByteArray(request));
    const QList<QByteArray> configs{
        "access_key: SCWAAAAAAAAAAAAAAAAA\nsecret_key: 11111111-1111-4111-8111-111111111111\n"
        "default_organization_id: 22222222-2222-4222-8222-222222222222\n"
        "default_project_id: 22222222-2222-4222-8222-222222222222\ndefault_region: fr-par\n",
        "active_profile: work\nprofiles:\n  work:\n    access_key: SCWBBBBBBBBBBBBBBBBB\n"
        "    default_region: nl-ams\n    api_url: https://api.scaleway.com\n",
        "profiles: [1, 2]\n",
        "",
    };
    for (const QByteArray &config : configs)
        seed(root, QStringLiteral("scw_config"), config);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: cockpit-fuzz-seeds <corpus-root>" << Qt::endl;
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    int cassettes = 0;
    QDirIterator files(cassettesDir(), {QStringLiteral("*.yaml")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QString error;
        const QList<CassetteInteraction> interactions = readCassette(files.next(), &error);
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        ++cassettes;
        for (const CassetteInteraction &interaction : interactions)
            fromInteraction(root, interaction);
    }
    if (cassettes == 0)
        out << "no cassettes in " << cassettesDir() << ": seeds of our own only" << Qt::endl;
    ownShapes(root);
    out << written << " seeds from " << cassettes << " cassettes in " << root << Qt::endl;
    return 0;
}
