#include "TokenEmptyState.h"

#include "common/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cockpit {

TokenEmptyState::TokenEmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_create(new QPushButton(tr("Create token"), this))
    , m_clearFilters(new QPushButton(tr("Clear filters"), this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    // On the base colour, like the table it stands in for: text in the matching text colour.
    m_title->setForegroundRole(QPalette::Text);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    Palette::keepTextTone(m_hint, Palette::Tone::Muted, QPalette::Base);

    m_create->setAccessibleName(tr("Create token"));
    // Same state as the header's button until the create dialog exists.
    m_create->setEnabled(false); // until a project is chosen
    m_clearFilters->setAccessibleName(tr("Clear filters"));
    connect(m_clearFilters, &QPushButton::clicked, this, &TokenEmptyState::clearFiltersRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_create);
    buttons->addWidget(m_clearFilters);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_hint);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

void TokenEmptyState::showNoTokens(const QString &projectName, const QString &regionName)
{
    m_title->setText(tr("No tokens in %1 / %2").arg(projectName, regionName));
    m_hint->setText(tr("Tokens let agents push metrics, logs and traces to Cockpit and let "
                       "Grafana query them. Create one in the region of the data it will serve."));
    m_create->show();
    m_clearFilters->hide();
    setAccessibleName(m_title->text());
}

void TokenEmptyState::showNoMatches()
{
    m_title->setText(tr("No tokens match the filters"));
    m_hint->setText(tr("Try another search or permission, or clear the filters."));
    m_create->hide();
    m_clearFilters->show();
    setAccessibleName(m_title->text());
}

QString TokenEmptyState::title() const
{
    return m_title->text();
}

} // namespace cockpit
