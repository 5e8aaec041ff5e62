#pragma once

#include "api/ApiError.h"
#include "api/ProjectRegion.h"
#include "api/Region.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QWidget>

class QPushButton;

namespace cockpit {

class MessageBanner;

// The stack of inline messages above the table, one per concern so they can coexist: loading
// (with progress and Cancel), deletes under way (with progress and Stop), an error (with Retry),
// a partial result (regions that failed, with Retry) and a notice (e.g. what a delete did).
// A Retry takes down the banner that offered it before asking for the retry.
class StatusBanners : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBanners(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    void setLoadingProgress(int loaded, int total);
    void hideLoading();
    bool isLoadingShown() const;

    // `action` names what failed, e.g. "Could not load the tokens"; `note` says what the user
    // sees meanwhile (e.g. that the table shows earlier results).
    void showError(const QString &action, const ApiError &error, const QString &note = {});
    // For problems that are not API errors (e.g. the demo could not start).
    void showErrorText(const QString &text, const QString &details = {});
    void hideError();

    // Regions that failed while others loaded; those in `shownAsOf` still show their earlier
    // rows (loaded at that time), the others show none.
    void showPartial(const QMap<Region, ApiError> &regionErrors,
                     const QMap<Region, QDateTime> &shownAsOf = {});
    // The same in the organization view: the projects and regions that failed, by name;
    // `shownAsOf` are those whose earlier rows the table still shows. Retry loads only those.
    void showPartialParts(const QMap<ProjectRegion, ApiError> &failures,
                          const QHash<QString, QString> &projectNames,
                          const QMap<ProjectRegion, QDateTime> &shownAsOf = {});
    // A warning that is not about a load's parts (e.g. the project list is incomplete). The
    // warning banner shows either this or a partial result; each hide only takes down its own, so
    // the flow that showed one never hides what another flow said.
    void showWarningText(const QString &text, const QString &details = {});
    void hideWarningText();
    void hidePartial();

    // Deletes under way: how many of how many, with Stop (stopDeletesRequested).
    void showDeleting(const QString &text, int done, int total);
    void hideDeleting();

    void showNotice(const QString &text, const QString &details = {}, bool warning = false);
    void hideNotice();

    void hideAll();

    MessageBanner *loadingBanner() const { return m_loading; }
    MessageBanner *errorBanner() const { return m_error; }
    MessageBanner *warningBanner() const { return m_warning; }
    MessageBanner *noticeBanner() const { return m_notice; }
    MessageBanner *deletingBanner() const { return m_deleting; }

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();
    void stopDeletesRequested();

private:
    MessageBanner *m_loading;
    MessageBanner *m_error;
    MessageBanner *m_warning;
    MessageBanner *m_notice;
    MessageBanner *m_deleting;
    QPushButton *m_warningRetry;
    bool m_warningIsPartial = false;
};

} // namespace cockpit
