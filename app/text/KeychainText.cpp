#include "KeychainText.h"

namespace cockpit {

QString KeychainText::profileKeyUnreadable(const QString &profileName, SecretStoreError::Kind kind)
{
    switch (kind) {
    case SecretStoreError::Kind::NotFound:
        return tr("The secret key of “%1” is not in the keychain. If the keychain is locked, "
                  "unlock it and try again; otherwise sign in again.")
            .arg(profileName);
    case SecretStoreError::Kind::Unavailable:
        return tr("No keychain is available, so the secret key of “%1” cannot be read. Start "
                  "the keychain (e.g. GNOME Keyring or KWallet) and try again, or sign in again "
                  "for this session.")
            .arg(profileName);
    case SecretStoreError::Kind::Locked:
        return tr("The keychain is locked, so the secret key of “%1” cannot be read. Unlock the "
                  "keychain and try again.")
            .arg(profileName);
    case SecretStoreError::Kind::AccessDenied:
        return tr("Access to the keychain was refused, so the secret key of “%1” cannot be read. "
                  "Allow access and try again, or sign in again.")
            .arg(profileName);
    case SecretStoreError::Kind::None:
    case SecretStoreError::Kind::Failed:
        break;
    }
    return tr("The keychain could not read the secret key of “%1”. Try again, or sign in again.")
        .arg(profileName);
}

QString KeychainText::details(const SecretStoreError &error)
{
    return error.message.isEmpty() ? QString() : tr("The keychain said: “%1”").arg(error.message);
}

QString KeychainText::newSecretNotSaved(const SecretStoreError &error)
{
    switch (error.kind) {
    case SecretStoreError::Kind::Unavailable:
        return tr("No keychain is available on this computer, so the secret was not saved. Copy "
                  "it now: it will not be shown again.");
    case SecretStoreError::Kind::Locked:
    case SecretStoreError::Kind::AccessDenied:
        return tr("The keychain is locked or refused access, so the secret was not saved. Unlock "
                  "it and try again, or copy the secret now.");
    case SecretStoreError::Kind::NotFound:
    case SecretStoreError::Kind::Failed:
    case SecretStoreError::Kind::None:
        break;
    }
    return tr("The secret could not be saved in the keychain (%1). Copy it now: it will not be "
              "shown again.")
        .arg(error.message);
}

QString KeychainText::savedSecretUnreadable(const QString &tokenName, const SecretStoreError &error)
{
    switch (error.kind) {
    case SecretStoreError::Kind::NotFound:
        return tr("No saved secret of “%1” was found in the keychain: the entry was removed.")
            .arg(tokenName);
    case SecretStoreError::Kind::Locked:
        return tr("The keychain is locked, so the saved secret of “%1” cannot be read. Unlock the "
                  "keychain and try again.")
            .arg(tokenName);
    case SecretStoreError::Kind::Unavailable:
        return tr("No keychain is available, so the saved secret of “%1” cannot be read.")
            .arg(tokenName);
    case SecretStoreError::Kind::AccessDenied:
        return tr("The keychain refused access to the saved secret of “%1”. Unlock it and try "
                  "again.")
            .arg(tokenName);
    case SecretStoreError::Kind::Failed:
    case SecretStoreError::Kind::None:
        break;
    }
    return tr("The saved secret of “%1” could not be read: %2").arg(tokenName, error.message);
}

QString KeychainText::signInKeyNotKept(const SecretStoreError &error)
{
    if (error.kind == SecretStoreError::Kind::Unavailable)
        return tr("The key is valid, but no keychain is available to keep its secret key. Sign "
                  "in for this session only, or start a keychain (e.g. GNOME Keyring or KWallet) "
                  "and try again.");
    return tr("The key is valid, but the keychain did not store its secret key: %1")
        .arg(error.message.isEmpty() ? tr("access was refused.") : error.message);
}

} // namespace cockpit
