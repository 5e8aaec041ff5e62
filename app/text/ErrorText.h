#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace cockpit {

// The one place where API error kinds become sentences for people. Every banner and dialog goes
// through it, so a kind is always explained the same way and translated once.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // What went wrong and what to do, in one or two sentences, e.g. "The API key was refused…".
    static QString sentence(const ApiError &error);
    // The API's own message and the request ID for support, e.g.
    // "The API said: “insufficient permissions” · Request ID: 4ba2…". Empty when there is neither.
    static QString technicalDetails(const ApiError &error);
    // `sentence`, then technicalDetails() on a line of its own when there are any.
    static QString withDetails(const QString &sentence, const ApiError &error);
    // sentence() for an action, e.g. "Could not load the tokens: <sentence>".
    static QString forAction(const QString &action, const ApiError &error);
    // A create whose answer was lost, while the app looks for the token it may have made
    // (the create dialog and a rotation say the same).
    static QString lostCreateChecking(const QString &tokenName);
};

} // namespace cockpit
