#include "CassetteReader.h"

#include <QDir>
#include <QFile>

#include <yaml-cpp/yaml.h>

#include <string>

namespace cockpit {
namespace {

QByteArray bytes(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    const std::string text = node.as<std::string>();
    return QByteArray(text.data(), qsizetype(text.size()));
}

QList<QPair<QByteArray, QByteArray>> headers(const YAML::Node &node)
{
    QList<QPair<QByteArray, QByteArray>> result;
    if (!node || !node.IsMap())
        return result;
    for (const auto &entry : node) {
        const QByteArray name = bytes(entry.first);
        if (entry.second.IsSequence()) {
            for (const auto &value : entry.second)
                result.append({name, bytes(value)});
        } else {
            result.append({name, bytes(entry.second)});
        }
    }
    return result;
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QByteArray CassetteInteraction::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<CassetteInteraction> readCassette(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
        return {};
    }
    const QByteArray text = file.readAll();
    QList<CassetteInteraction> interactions;
    try {
        const YAML::Node root = YAML::Load(std::string(text.constData(), size_t(text.size())));
        const YAML::Node list = root["interactions"];
        if (!list || !list.IsSequence()) {
            fail(error, QStringLiteral("%1 has no interactions list").arg(path));
            return {};
        }
        for (const auto &node : list) {
            const YAML::Node request = node["request"];
            const YAML::Node response = node["response"];
            if (!request || !response) {
                fail(error,
                     QStringLiteral("%1: an interaction lacks its request or response").arg(path));
                return {};
            }
            CassetteInteraction interaction;
            interaction.method = bytes(request["method"]).toUpper();
            interaction.url = QUrl(QString::fromUtf8(bytes(request["url"])));
            interaction.requestBody = bytes(request["body"]);
            interaction.requestHeaders = headers(request["headers"]);
            interaction.status = response["code"] ? response["code"].as<int>() : 0;
            interaction.responseBody = bytes(response["body"]);
            interaction.responseHeaders = headers(response["headers"]);
            interactions.append(interaction);
        }
    } catch (const YAML::Exception &exception) {
        fail(error, QStringLiteral("%1 is not valid YAML: %2")
                        .arg(path, QString::fromUtf8(exception.what())));
        return {};
    }
    if (error)
        error->clear();
    return interactions;
}

QString cassettesDir()
{
    const QString fromEnvironment = qEnvironmentVariable("COCKPIT_CASSETTES_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral(COCKPIT_CASSETTES_DIR);
}

QStringList cassetteFiles()
{
    const QDir dir(cassettesDir());
    if (!dir.exists())
        return {};
    QStringList files;
    const QStringList names =
        dir.entryList({QStringLiteral("*.yaml")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        files.append(dir.absoluteFilePath(name));
    return files;
}

bool isAppApi(const CassetteInteraction &interaction)
{
    const QString path = interaction.url.path();
    return path.startsWith(QLatin1String("/cockpit/v1/regions/")) ||
           path == QLatin1String("/account/v3/projects") ||
           path.startsWith(QLatin1String("/account/v3/projects/"));
}

QList<CassetteInteraction> appApiInteractions(const QList<CassetteInteraction> &interactions)
{
    QList<CassetteInteraction> kept;
    for (const CassetteInteraction &interaction : interactions) {
        if (isAppApi(interaction))
            kept.append(interaction);
    }
    return kept;
}

} // namespace cockpit
