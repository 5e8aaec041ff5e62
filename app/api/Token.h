#pragma once

#include "Region.h"
#include "Secret.h"
#include "TokenScope.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cockpit {

// A Cockpit token as the API describes it (never its secret: see CreatedToken).
struct Token
{
    QString id;
    QString projectId;
    QString name;
    Region region = Region::FrPar;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    TokenScopes scopes;
    // Scope strings this version does not know (a newer API); kept so nothing is silently lost.
    QStringList unknownScopes;

    // The Terraform/CLI name of the token: "{region}/{id}".
    QString regionalId() const;

    friend bool operator==(const Token &a, const Token &b);
    friend bool operator!=(const Token &a, const Token &b) { return !(a == b); }
};

// The answer to a create: the token and its secret key, which nothing can fetch again.
struct CreatedToken
{
    Token token;
    Secret secretKey;
};

// What a create needs. `scopes` may be empty: the API accepts it (the console's rule of at least
// one permission is enforced by the dialog, not here).
struct CreateTokenRequest
{
    Region region = Region::FrPar;
    QString projectId;
    QString name;
    TokenScopes scopes;
};

// The API's rule for token names: 3 to 50 characters of [A-Za-z0-9_-].
bool isValidTokenName(const QString &name);
// A canonical lower-case UUID check (the API's IDs and secret keys).
bool isUuid(const QString &text);

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::Token)
