#pragma once

#include "api/Token.h"
#include "common/DesktopServices.h"
#include "frame/FlowParts.h"

#include <QObject>

#include <functional>

namespace cockpit {

class StatusBanners;
class StatusSummary;

// The secrets saved in the keychain at creation, later: copies one (through the clipboard
// guard) from a token's row, and forgets those of deleted tokens. The keychain is the truth: a
// marker whose entry is gone is dropped. Problems are said in the notice banner.
class SavedSecretFlow : public QObject
{
    Q_OBJECT

public:
    SavedSecretFlow(const DesktopServices &services, const FlowParts &parts);

    void copy(const Token &token);
    // Reads the saved secret and hands it to `use` (not called when the read fails: the
    // banner says why). `context` ends the wait when it is destroyed first.
    void read(const Token &token, QObject *context, std::function<void(const Secret &)> use);
    void forget(const QList<Token> &tokens);
    bool isSaved(const Token &token) const;

private:
    DesktopServices m_services;
    StatusBanners *m_banners;
    StatusSummary *m_summary;
};

} // namespace cockpit
