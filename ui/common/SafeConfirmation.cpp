#include "SafeConfirmation.h"

#include <QPushButton>

namespace cockpit {

namespace {

QString withoutMnemonic(QString text)
{
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    if (at >= 0 && at + 1 < text.size() && text.at(at + 1) != QLatin1Char('&'))
        text.remove(at, 1);
    return text;
}

} // namespace

SafeConfirmation::SafeConfirmation(const QString &title, const QString &text, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(title);
    setText(text);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button && button == m_destructive)
            Q_EMIT destroyConfirmed();
    });
}

QPushButton *SafeConfirmation::setDestructiveButton(const QString &text)
{
    m_destructive = addButton(text, QMessageBox::DestructiveRole);
    m_destructive->setAccessibleName(withoutMnemonic(text));
    // Added after the safe one, it would otherwise become the default of a box with no default.
    if (m_safe)
        setDefaultButton(m_safe);
    return m_destructive;
}

QPushButton *SafeConfirmation::setSafeButton(const QString &text)
{
    m_safe = addButton(text, QMessageBox::RejectRole);
    m_safe->setAccessibleName(withoutMnemonic(text));
    setDefaultButton(m_safe);
    setEscapeButton(m_safe);
    return m_safe;
}

} // namespace cockpit
