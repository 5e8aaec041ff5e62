#pragma once

#include "ApiError.h"
#include "ApiJsonValues.h"
#include "Project.h"
#include "Region.h"
#include "Token.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringView>

#include <optional>

namespace cockpit {

// Strict decoding of the API's JSON answers into the domain types. Every function checks that the
// required fields are there with the right types and returns an ApiError of kind
// MalformedResponse (naming the offending field) when they are not; it then leaves *out untouched,
// so that no caller ever sees half a result. A secret is read from a create's answer only: the
// other answers may carry a `secret_key` (the recorded ones hold a placeholder) and it is dropped.
namespace ApiJson {

// One page of `GET …/tokens`.
struct TokenPage
{
    QList<Token> tokens;
    int totalCount = 0;
};

// One page of `GET /account/v3/projects`.
struct ProjectPage
{
    QList<Project> projects;
    int totalCount = 0;
};

// `region`: the region that was asked; every token must be in it.
ApiError parseTokenPage(const QByteArray &body, Region region, TokenPage *out);
// `region`: the region that was asked, or std::nullopt to accept any known region.
ApiError parseToken(const QByteArray &body, std::optional<Region> region, Token *out);
// A create's answer: a token plus its secret_key, which must be a non-empty string.
ApiError parseCreatedToken(const QByteArray &body, Region region, CreatedToken *out);
ApiError parseProjectPage(const QByteArray &body, ProjectPage *out);
ApiError parseProject(const QByteArray &body, Project *out);
ApiError parseApiKey(const QByteArray &body, ApiKeyInfo *out);

} // namespace ApiJson
} // namespace cockpit
