#include "TokenDetailsPanel.h"

#include "common/Palette.h"
#include "common/Shortcuts.h"
#include "models/TokenTableModel.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"
#include "text/PermissionSummary.h"
#include "text/RelativeTime.h"
#include "text/TerraformSnippet.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace cockpit {

namespace {

QLabel *valueLabel(QWidget *parent, bool monospace = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    if (monospace) {
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        label->setWordWrap(false); // an ID cut across lines is easy to misread
    }
    return label;
}

} // namespace

TokenDetailsPanel::TokenDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_name(valueLabel(this))
    , m_project(valueLabel(this))
    , m_region(valueLabel(this))
    , m_id(valueLabel(this, true))
    , m_regionalId(valueLabel(this, true))
    , m_created(valueLabel(this))
    , m_permissions(valueLabel(this))
    , m_secret(valueLabel(this))
    , m_terraform(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Token details"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    Palette::keepTextTone(m_placeholder, Palette::Tone::Muted);

    setUpValues();
    QWidget *details = buildDetails();

    // Scrolled rather than squeezed when the window is short or narrow.
    auto *scroller = new QScrollArea(this);
    scroller->setWidget(details);
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setFocusPolicy(Qt::NoFocus); // Tab goes to the texts inside
    scroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the IDs, which are never wrapped: the window gives the pane that much at least.
    scroller->setMinimumWidth(details->minimumSizeHint().width() +
                              scroller->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(scroller);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setTokens({});
}

void TokenDetailsPanel::setUpValues()
{
    QFont title = m_name->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_name->setFont(title);
    m_name->setAccessibleName(tr("Token name"));
    m_id->setAccessibleName(tr("Token ID"));
    m_regionalId->setAccessibleName(tr("Regional ID"));
    m_created->setAccessibleName(tr("Created"));
    m_permissions->setAccessibleName(tr("Permissions"));
    m_project->setAccessibleName(tr("Project"));
    m_region->setAccessibleName(tr("Region"));
    m_secret->setAccessibleName(tr("Secret key"));

    // IDs are never wrapped: their labels are as wide as the longest one (a regional ID).
    for (QLabel *id : {m_id, m_regionalId})
        id->setMinimumWidth(
            QFontMetrics(id->font())
                .horizontalAdvance(QStringLiteral("fr-par/00000000-0000-0000-0000-000000000000")));
    m_terraform->setReadOnly(true);
    m_terraform->setAccessibleName(tr("Terraform code"));
    m_terraform->setAccessibleDescription(
        tr("A terraform import command and a resource block that recreates the selected token"));
    m_terraform->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped at the pane's edge: a long import command reads on two lines, not off-screen.
    m_terraform->setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

QWidget *TokenDetailsPanel::buildDetails()
{
    auto *details = new QWidget(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above values: IDs then fit on one line in a narrow pane.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(0);
    // Captions in a muted (still readable) text colour, so that the values are what the eye
    // reads first.
    const auto addField = [form, this](const QString &caption, QLabel *value) {
        auto *label = new QLabel(caption, this);
        Palette::keepTextTone(label, Palette::Tone::Muted);
        label->setBuddy(value);
        // Air above each caption but the first groups a caption with its value.
        label->setContentsMargins(0, form->rowCount() == 0 ? 0 : 6, 0, 0);
        form->addRow(label, value);
    };
    addField(tr("Project"), m_project);
    addField(tr("Region"), m_region);
    addField(tr("ID"), m_id);
    addField(tr("Regional ID"), m_regionalId);
    addField(tr("Created"), m_created);
    addField(tr("Permissions"), m_permissions);
    addField(tr("Secret key"), m_secret);

    auto *terraformCaption = new QLabel(tr("Terraform"), details);
    QFont bold = terraformCaption->font();
    bold.setBold(true);
    terraformCaption->setFont(bold);

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(12, 8, 8, 8);
    detailsLayout->setSpacing(8);
    detailsLayout->addWidget(m_name);
    detailsLayout->addLayout(form);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(terraformCaption);
    detailsLayout->addWidget(m_terraform, 1);
    return details;
}

void TokenDetailsPanel::setSavedSecretIndex(const SavedSecretIndex *savedSecrets)
{
    m_savedSecrets = savedSecrets;
}

void TokenDetailsPanel::markSecretNeverShown(const QList<Token> &tokens)
{
    for (const Token &token : tokens)
        m_neverShown.insert(token.id);
}

void TokenDetailsPanel::setProjectNames(const TokenTableModel *model)
{
    m_projectNames = model;
}

void TokenDetailsPanel::setTokens(const QList<Token> &tokens)
{
    if (tokens.size() != 1) {
        m_tokenId.clear();
        m_placeholder->setText(tokens.isEmpty()
                                   ? tr("Select a token to see its details.")
                                   : tr("%n tokens selected.", nullptr, int(tokens.size())));
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    const Token &token = tokens.first();
    m_tokenId = token.id;
    m_name->setText(token.name);
    const QString project =
        m_projectNames ? m_projectNames->projectName(token.projectId) : token.projectId;
    m_project->setText(project);
    // Its ID is in the Terraform text below, and here on hover.
    m_project->setToolTip(tr("Project ID: %1").arg(token.projectId));
    m_region->setText(regionId(token.region));
    m_id->setText(token.id);
    m_regionalId->setText(token.regionalId());
    m_created->setText(tr("%1 (%2)").arg(
        exactLocalTimeText(token.createdAt),
        relativeTimeText(token.createdAt, m_projectNames ? m_projectNames->now()
                                                         : QDateTime::currentDateTimeUtc())));
    m_permissions->setText(permissionDetails(token.scopes, token.unknownScopes));
    const bool saved =
        m_savedSecrets && m_savedSecrets->contains(tokenSecretKey(token.regionalId()));
    m_secret->setText(saved ? tr("Saved in the keychain: %1 copies it.")
                                  .arg(Shortcuts::withKeys(tr("Copy saved secret key"),
                                                           Shortcuts::copySavedSecret()))
                      : m_neverShown.contains(token.id)
                          ? tr("Not saved, and never shown: the answer to its create was lost. "
                               "Rotate it to get a secret key you can use.")
                          : tr("Not saved: it was shown once, when the token was created."));
    m_terraform->setPlainText(TerraformSnippet::projectComment(project) +
                              TerraformSnippet::importCommand(token) + QStringLiteral("\n\n") +
                              TerraformSnippet::resourceBlock(token));
    m_pages->setCurrentIndex(1);
}

} // namespace cockpit
