#include "TokenExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cockpit::TokenExport {

namespace {

enum Column
{
    Name,
    ProjectName,
    ProjectId,
    RegionId,
    Id,
    RegionalId,
    Scopes,
    CreatedAt,
    UpdatedAt,
    Count
};

QString isoUtc(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QStringList scopeNames(const Token &token)
{
    return tokenScopeIds(token.scopes) + token.unknownScopes;
}

QByteArray csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value != value.trimmed();
    if (!quote)
        return value.toUtf8();
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + escaped.toUtf8() + '"';
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

QStringList columns()
{
    return {QStringLiteral("name"),   QStringLiteral("project_name"), QStringLiteral("project_id"),
            QStringLiteral("region"), QStringLiteral("id"),           QStringLiteral("regional_id"),
            QStringLiteral("scopes"), QStringLiteral("created_at"),   QStringLiteral("updated_at")};
}

QStringList values(const Token &token, const QHash<QString, QString> &projectNames)
{
    QStringList row(Count);
    row[Name] = token.name;
    row[ProjectName] = projectNames.value(token.projectId);
    row[ProjectId] = token.projectId;
    row[RegionId] = regionId(token.region);
    row[Id] = token.id;
    row[RegionalId] = token.regionalId();
    row[Scopes] = scopeNames(token).join(QLatin1Char(' '));
    row[CreatedAt] = isoUtc(token.createdAt);
    row[UpdatedAt] = isoUtc(token.updatedAt);
    return row;
}

QByteArray toCsv(const QList<Token> &tokens, const QHash<QString, QString> &projectNames)
{
    QByteArray out("\xEF\xBB\xBF");
    out += csvLine(columns());
    for (const Token &token : tokens)
        out += csvLine(values(token, projectNames));
    return out;
}

QByteArray toJson(const QList<Token> &tokens, const QHash<QString, QString> &projectNames)
{
    const QStringList keys = columns();
    QJsonArray array;
    for (const Token &token : tokens) {
        const QStringList row = values(token, projectNames);
        QJsonObject object;
        for (int column = 0; column < Count; ++column) {
            if (column == Scopes)
                object.insert(keys.at(column), QJsonArray::fromStringList(scopeNames(token)));
            else
                object.insert(keys.at(column), row.at(column));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace cockpit::TokenExport
