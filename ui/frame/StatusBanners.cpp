#include "StatusBanners.h"

#include "common/Shortcuts.h"
#include "frame/MessageBanner.h"
#include "text/ErrorText.h"

#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cockpit {

StatusBanners::StatusBanners(QWidget *parent)
    : QWidget(parent)
    , m_loading(new MessageBanner(MessageBanner::Kind::Progress, this))
    , m_error(new MessageBanner(MessageBanner::Kind::Error, this))
    , m_warning(new MessageBanner(MessageBanner::Kind::Warning, this))
    , m_notice(new MessageBanner(MessageBanner::Kind::Info, this))
    , m_deleting(new MessageBanner(MessageBanner::Kind::Progress, this))
{
    QPushButton *stop = m_deleting->addButton(tr("Stop"), tr("Stop deleting"));
    stop->setToolTip(tr("Send no more deletes; the tokens not deleted yet are kept"));
    connect(stop, &QPushButton::clicked, this, &StatusBanners::stopDeletesRequested);
    QPushButton *cancel = m_loading->addButton(tr("Cancel"), tr("Cancel loading"));
    cancel->setToolTip(Shortcuts::withKeys(tr("Stop loading"), QKeySequence(Qt::Key_Escape)));
    connect(cancel, &QPushButton::clicked, this, &StatusBanners::cancelRequested);

    QPushButton *retry = m_error->addButton(tr("Retry"), tr("Retry loading"));
    connect(retry, &QPushButton::clicked, this, [this] {
        hideError();
        Q_EMIT retryRequested();
    });
    m_warningRetry = m_warning->addButton(tr("Retry"), tr("Retry the failed regions"));
    connect(m_warningRetry, &QPushButton::clicked, this, [this] {
        hidePartial();
        Q_EMIT retryRequested();
    });
    QPushButton *dismiss = m_notice->addButton(tr("Dismiss"), tr("Dismiss the message"));
    connect(dismiss, &QPushButton::clicked, this, &StatusBanners::hideNotice);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (MessageBanner *banner : {m_loading, m_deleting, m_error, m_warning, m_notice}) {
        layout->addWidget(banner);
        banner->hide();
    }
}

void StatusBanners::showLoading(const QString &text)
{
    m_loading->setMessage(text);
    m_loading->setProgress(0, -1);
    m_loading->show();
}

void StatusBanners::setLoadingProgress(int loaded, int total)
{
    m_loading->setProgress(loaded, total);
}

void StatusBanners::hideLoading()
{
    m_loading->hide();
}

bool StatusBanners::isLoadingShown() const
{
    return !m_loading->isHidden();
}

void StatusBanners::showError(const QString &action, const ApiError &error, const QString &note)
{
    const QString text = ErrorText::forAction(action, error);
    m_error->setMessage(note.isEmpty() ? text : text + QLatin1Char(' ') + note,
                        ErrorText::technicalDetails(error));
    m_error->show();
}

void StatusBanners::showErrorText(const QString &text, const QString &details)
{
    m_error->setMessage(text, details);
    m_error->show();
}

void StatusBanners::hideError()
{
    m_error->hide();
}

void StatusBanners::showPartial(const QMap<Region, ApiError> &regionErrors,
                                const QMap<Region, QDateTime> &shownAsOf)
{
    QStringList kept;
    QStringList missing;
    QStringList details;
    for (auto it = regionErrors.cbegin(); it != regionErrors.cend(); ++it) {
        (shownAsOf.contains(it.key()) ? kept : missing).append(regionId(it.key()));
        QString line = tr("%1: %2").arg(regionId(it.key()), ErrorText::sentence(*it));
        const QString technical = ErrorText::technicalDetails(*it);
        if (!technical.isEmpty())
            line += tr(" (%1)").arg(technical);
        details.append(line);
    }
    QStringList sentences;
    if (!kept.isEmpty()) {
        QDateTime oldest = shownAsOf.first();
        for (const QDateTime &when : shownAsOf)
            oldest = std::min(oldest, when);
        sentences.append(
            tr("Tokens in %1 could not be refreshed: the table shows them as they were at %2, in "
               "italics.")
                .arg(kept.join(tr(", ")),
                     QLocale().toString(oldest.toLocalTime().time(), QLocale::ShortFormat)));
    }
    if (!missing.isEmpty())
        sentences.append(tr("Tokens in %1 could not be loaded: the table has none of them.")
                             .arg(missing.join(tr(", "))));
    sentences.append(tr("The other regions are up to date."));
    m_warning->setMessage(sentences.join(QLatin1Char(' ')), details.join(QLatin1Char('\n')));
    m_warningRetry->show();
    m_warningIsPartial = true;
    m_warning->show();
}

void StatusBanners::showPartialParts(const QMap<ProjectRegion, ApiError> &failures,
                                     const QHash<QString, QString> &projectNames,
                                     const QMap<ProjectRegion, QDateTime> &shownAsOf)
{
    // "Staging (nl-ams, pl-waw)": one entry per project, in the order of the failures.
    QStringList projectIds;
    QHash<QString, QStringList> regionsOf;
    QStringList details;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        const QString &projectId = it.key().projectId;
        if (!regionsOf.contains(projectId))
            projectIds.append(projectId);
        regionsOf[projectId].append(regionId(it.key().region));
        const QString name = projectNames.value(projectId, projectId);
        QString line =
            tr("%1 (%2): %3").arg(name, regionId(it.key().region), ErrorText::sentence(*it));
        const QString technical = ErrorText::technicalDetails(*it);
        if (!technical.isEmpty())
            line += tr(" (%1)").arg(technical);
        details.append(line);
    }
    constexpr int kNamed = 4;
    QStringList named;
    for (const QString &projectId : projectIds.mid(0, kNamed))
        named.append(tr("%1 (%2)").arg(projectNames.value(projectId, projectId),
                                       regionsOf.value(projectId).join(tr(", "))));
    QString list = named.join(tr("; "));
    if (projectIds.size() > kNamed)
        list = tr("%1 and %n more", nullptr, int(projectIds.size() - kNamed)).arg(list);
    QStringList sentences;
    sentences.append(
        tr("%n project(s) could not be loaded: %1.", nullptr, int(projectIds.size())).arg(list));
    if (!shownAsOf.isEmpty())
        sentences.append(tr("Their earlier rows are shown as they were, in italics."));
    sentences.append(tr("The other projects are up to date; Retry loads only these."));
    m_warning->setMessage(sentences.join(QLatin1Char(' ')), details.join(QLatin1Char('\n')));
    m_warningRetry->show();
    m_warningIsPartial = true;
    m_warning->show();
}

void StatusBanners::showWarningText(const QString &text, const QString &details)
{
    m_warning->setMessage(text, details);
    m_warningRetry->hide();
    m_warningIsPartial = false;
    m_warning->show();
}

void StatusBanners::hideWarningText()
{
    if (!m_warningIsPartial)
        m_warning->hide();
}

void StatusBanners::hidePartial()
{
    if (m_warningIsPartial)
        m_warning->hide();
}

void StatusBanners::showNotice(const QString &text, const QString &details, bool warning)
{
    m_notice->setKind(warning ? MessageBanner::Kind::Warning : MessageBanner::Kind::Info);
    m_notice->setMessage(text, details);
    m_notice->show();
}

void StatusBanners::hideNotice()
{
    m_notice->hide();
}

void StatusBanners::showDeleting(const QString &text, int done, int total)
{
    m_deleting->setMessage(text);
    m_deleting->setProgress(done, total);
    m_deleting->show();
}

void StatusBanners::hideDeleting()
{
    m_deleting->hide();
}

void StatusBanners::hideAll()
{
    for (MessageBanner *banner : {m_loading, m_error, m_warning, m_notice})
        banner->hide();
}

} // namespace cockpit
