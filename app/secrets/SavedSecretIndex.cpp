#include "SavedSecretIndex.h"

#include <QSettings>

#include <algorithm>

namespace cockpit {
namespace {
const QString kKey = QStringLiteral("savedSecrets/keys");
}

SavedSecretIndex::SavedSecretIndex(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const QStringList keys = m_settings->value(kKey).toStringList();
    m_keys = QSet<QString>(keys.cbegin(), keys.cend());
}

void SavedSecretIndex::insert(const QString &key)
{
    if (m_keys.contains(key))
        return;
    m_keys.insert(key);
    persist();
    Q_EMIT changed(key, true);
}

void SavedSecretIndex::remove(const QString &key)
{
    if (!m_keys.remove(key))
        return;
    persist();
    Q_EMIT changed(key, false);
}

void SavedSecretIndex::persist()
{
    QStringList keys(m_keys.cbegin(), m_keys.cend());
    std::sort(keys.begin(), keys.end());
    m_settings->setValue(kKey, keys);
}

} // namespace cockpit
