#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>

namespace cockpit {

// The one place where keychain errors become sentences, as ErrorText is for API errors: each
// says what could not be done with which secret, and what the user can do about it.
class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainText)

public:
    // A profile's secret key could not be read (opening the profile `profileName`).
    static QString profileKeyUnreadable(const QString &profileName, SecretStoreError::Kind kind);
    // The keychain's own words, e.g. "The keychain said: “…”". Empty when it said nothing.
    static QString details(const SecretStoreError &error);
    // A new token's secret could not be saved (it is still on screen, once).
    static QString newSecretNotSaved(const SecretStoreError &error);
    // The saved secret of the token `tokenName` could not be read.
    static QString savedSecretUnreadable(const QString &tokenName, const SecretStoreError &error);
    // A signed-in key was valid but its secret key could not be kept.
    static QString signInKeyNotKept(const SecretStoreError &error);
};

} // namespace cockpit
