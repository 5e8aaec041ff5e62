#include "Token.h"

#include <QRegularExpression>

namespace cockpit {

QString Token::regionalId() const
{
    return regionId(region) + QLatin1Char('/') + id;
}

bool operator==(const Token &a, const Token &b)
{
    return a.id == b.id && a.projectId == b.projectId && a.name == b.name && a.region == b.region &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.scopes == b.scopes &&
           a.unknownScopes == b.unknownScopes;
}

bool isValidTokenName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{3,50}$"));
    return pattern.match(name).hasMatch();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace cockpit
