#include "MessageBanner.h"

#include "common/Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cockpit {

namespace {

Palette::Tint tintOf(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Info:
    case MessageBanner::Kind::Progress:
        return Palette::Tint::Info;
    case MessageBanner::Kind::Warning:
        return Palette::Tint::Warning;
    case MessageBanner::Kind::Error:
        return Palette::Tint::Error;
    }
    return Palette::Tint::Info;
}

QStyle::StandardPixmap iconOf(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Info:
    case MessageBanner::Kind::Progress:
        return QStyle::SP_MessageBoxInformation;
    case MessageBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBanner::MessageBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("MessageBanner"));
    // paintEvent() draws the tinted background and its border.
    setFrameShape(QFrame::NoFrame);

    // API messages are shown as they came: never interpreted as rich text.
    m_text->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Message"));
    m_details->setAccessibleName(tr("Message details"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_details->setFont(small);
    m_details->hide();
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_icon->setFixedSize(20, 20);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_progress);
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);

    applyKind();
}

void MessageBanner::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    applyKind();
}

void MessageBanner::applyKind()
{
    m_icon->setPixmap(style()->standardIcon(iconOf(m_kind)).pixmap(18, 18));
    m_progress->setVisible(m_kind == Kind::Progress);
    setAccessibleDescription(m_text->text());
    update();
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // From the palette at paint time, so a theme switch needs nothing more than a repaint.
    const Palette::Tint tint = tintOf(m_kind);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Palette::bannerBorder(palette(), tint), 1));
    painter.setBrush(Palette::bannerBackground(palette(), tint));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A new style brings its own icons; a new palette, new tints (painted on the next update).
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        applyKind();
}

void MessageBanner::setMessage(const QString &text, const QString &details)
{
    m_text->setText(text);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    setAccessibleName(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::details() const
{
    return m_details->text();
}

QPushButton *MessageBanner::addButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void MessageBanner::setProgress(int value, int total)
{
    if (total < 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(qBound(0, value, qMax(total, 1)));
}

} // namespace cockpit
