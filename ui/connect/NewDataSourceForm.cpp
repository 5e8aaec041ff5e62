#include "NewDataSourceForm.h"

#include "common/FieldMessage.h"
#include "connect/DataSourceLabels.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cockpit {

NewDataSourceForm::NewDataSourceForm(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_name(new QLineEdit)
    , m_type(new QComboBox)
    , m_retention(new QSpinBox)
    , m_retentionHint(new QLabel)
    , m_message(FieldMessage::create())
    , m_create(new QPushButton(tr("C&reate data source")))
    , m_cancel(new QPushButton(tr("Ca&ncel")))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);

    m_name->setAccessibleName(tr("Data source name"));
    m_name->setMaxLength(50);
    m_name->setPlaceholderText(tr("3 to 50 letters, digits, spaces and - _ ."));
    for (DataSourceType type :
         {DataSourceType::Metrics, DataSourceType::Logs, DataSourceType::Traces})
        m_type->addItem(DataSourceLabels::typeName(type), int(type));
    m_type->setAccessibleName(tr("Kind of data"));
    m_retention->setAccessibleName(tr("Retention in days"));
    m_retention->setSuffix(tr(" days", "retention spin box suffix"));
    m_retentionHint->setWordWrap(true);
    m_create->setAccessibleName(tr("Create the data source"));
    m_create->setAutoDefault(false);
    m_create->setProperty("mainButton", true); // Enter in any field (keyPressEvent)
    m_cancel->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind of data:"), m_type);
    form->addRow(tr("R&etention:"), m_retention);
    form->addRow(QString(), m_retentionHint);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_type, &QComboBox::currentIndexChanged, this, &NewDataSourceForm::updateRetention);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameSuggested = false; // the user's name stays whatever the kind of data
        FieldMessage::set(m_message, {});
    });
    connect(m_create, &QPushButton::clicked, this, &NewDataSourceForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &NewDataSourceForm::cancelled);
    setRegion(Region::FrPar);
    updateRetention();
}

void NewDataSourceForm::setRegion(Region region)
{
    m_heading->setText(tr("New data source in %1").arg(regionId(region)));
}

void NewDataSourceForm::setConfig(const RegionConfig &config)
{
    m_config = config;
    updateRetention();
}

DataSourceType NewDataSourceForm::type() const
{
    return DataSourceType(m_type->currentData().toInt());
}

void NewDataSourceForm::setSuggestedType(DataSourceType type)
{
    const int index = m_type->findData(int(type));
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void NewDataSourceForm::setSuggestedName(const QString &name)
{
    m_name->setText(name);
    m_nameSuggested = true;
}

void NewDataSourceForm::keyPressEvent(QKeyEvent *event)
{
    // Enter in a field that leaves it (the name, the kind, the retention) creates the source:
    // it is taken here, before the dialog around could give it to another button.
    const bool onAButton = qobject_cast<QAbstractButton *>(focusWidget());
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !onAButton) {
        event->accept();
        if (m_create->isEnabled())
            m_create->click(); // as a click on it would, so the form reads the same to everyone
        return;
    }
    QWidget::keyPressEvent(event);
}

void NewDataSourceForm::updateRetention()
{
    const std::optional<RetentionRange> range = m_config.customRetention(type());
    if (!range)
        return;
    m_retention->setRange(range->minDays, range->maxDays);
    m_retention->setValue(range->defaultDays);
    m_retentionHint->setText(tr("Between %1 and %2 days in this region; %3 by default.")
                                 .arg(range->minDays)
                                 .arg(range->maxDays)
                                 .arg(range->defaultDays));
}

void NewDataSourceForm::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_type),
                            static_cast<QWidget *>(m_retention), static_cast<QWidget *>(m_create)})
        widget->setEnabled(!busy);
    m_create->setText(busy ? tr("Creating…") : tr("C&reate data source"));
}

void NewDataSourceForm::showError(const QString &text)
{
    FieldMessage::set(m_message, text);
}

void NewDataSourceForm::setCancelable(bool cancelable)
{
    m_cancel->setVisible(cancelable);
}

void NewDataSourceForm::submit()
{
    if (m_busy)
        return;
    const QString name = m_name->text().trimmed();
    if (!isValidDataSourceName(name)) {
        showError(tr("Use 3 to 50 characters: letters, digits, spaces, hyphens, underscores and "
                     "dots."));
        m_name->setFocus();
        return;
    }
    FieldMessage::set(m_message, {});
    Q_EMIT createRequested(name, type(), m_retention->value());
}

} // namespace cockpit
