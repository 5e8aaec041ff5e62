#include "HeaderBar.h"

#include "common/ComboChangeGuard.h"
#include "common/Shortcuts.h"
#include "frame/WrappingRowLayout.h"
#include "text/RegionNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>

namespace cockpit {

namespace {

QLabel *captionFor(QWidget *buddy, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

HeaderBar::HeaderBar(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_profileMenuButton(new QToolButton(this))
    , m_profileMenu(new QMenu(this))
    , m_demoBadge(new QLabel(tr("Demo"), this))
    , m_project(new ProjectPicker(this))
    , m_region(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_create(new QPushButton(tr("Create token"), this))
{
    setUpProfileControls();
    setUpListControls();
    layOutGroups();

    // Changing these reloads the table or switches accounts: only ever on purpose.
    for (QComboBox *combo : {m_profile, static_cast<QComboBox *>(m_project), m_region})
        ComboChangeGuard::install(combo);

    connect(m_profile, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT profileChanged(currentProfileId()); });
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        const ProjectScope scope = currentScope();
        if (!scope.isNone())
            Q_EMIT projectChanged(scope);
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, &HeaderBar::regionChanged);
    connect(m_search, &QLineEdit::textChanged, this, &HeaderBar::searchTextChanged);
    connect(m_refresh, &QPushButton::clicked, this, &HeaderBar::refreshRequested);
}

void HeaderBar::setUpProfileControls()
{
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("Which credentials to use"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // Sign in and remove sit in a menu beside the selector, not among its entries: choosing an
    // entry of the selector always means "use these credentials".
    // A gear, the usual "manage" sign: the header has no room for a worded button. The
    // accessible name and the tooltip carry the words; from the keyboard, the same entries are
    // in the File menu (Alt+F).
    m_profileMenuButton->setText(QStringLiteral("⚙"));
    QFont glyph = m_profileMenuButton->font();
    glyph.setPointSizeF(glyph.pointSizeF() * 1.4);
    m_profileMenuButton->setFont(glyph);
    m_profileMenuButton->setAccessibleName(tr("Profile actions"));
    m_profileMenuButton->setToolTip(
        tr("Profile actions: sign in with an API key, remove a saved profile"));
    m_profileMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_profileMenuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_profileMenuButton->setMenu(m_profileMenu);
    m_profileMenu->setAccessibleName(tr("Profile actions"));
    // A disabled entry says why (e.g. scw CLI profiles are not the app's to remove).
    m_profileMenu->setToolTipsVisible(true);

    // The badge says plainly that nothing here touches a real account.
    m_demoBadge->setAccessibleName(tr("Demo mode"));
    m_demoBadge->setToolTip(tr("Demo mode: a local emulator with sample projects and tokens. "
                               "Nothing here touches a Scaleway account."));
    m_demoBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #7b3fe4; color: white; font-weight: bold; border-radius: 4px; "
        "padding: 2px 8px; }"));
    m_demoBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Maximum);
    m_demoBadge->hide();
}

void HeaderBar::setUpListControls()
{
    m_project->setAccessibleName(tr("Project"));
    m_project->setToolTip(tr("The project whose tokens are listed: type part of a name to search"));
    m_project->setMinimumContentsLength(14);
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_region->setAccessibleName(tr("Region"));
    m_region->setToolTip(tr("Tokens are regional: list one region or all of them"));
    m_region->addItem(tr("All regions"));
    for (Region region : allRegions())
        m_region->addItem(RegionNames::label(region), regionId(region));

    m_search->setPlaceholderText(
        Shortcuts::withKeys(tr("Search by name, ID or region"), QKeySequence::Find));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(Shortcuts::withKeys(tr("Load the tokens again"), Qt::Key_F5));

    m_create->setAccessibleName(tr("Create token"));
    m_create->setDefault(true);
    // The create dialog is the next piece of work: the button shows where it will be.
    m_create->setEnabled(false); // until a project is chosen
    m_create->setToolTip(Shortcuts::withKeys(tr("Create a token"), QKeySequence::New));
}

void HeaderBar::layOutGroups()
{
    // Where the tokens come from, then what to do with them; in a narrow window the second
    // group goes under the first.
    auto *context = new QHBoxLayout;
    context->setSpacing(8);
    context->addWidget(captionFor(m_profile, tr("&Profile:"), this));
    context->addWidget(m_profile);
    context->addWidget(m_profileMenuButton);
    context->addSpacing(8);
    context->addWidget(captionFor(m_project, tr("P&roject:"), this));
    context->addWidget(m_project);
    context->addSpacing(8);
    context->addWidget(captionFor(m_region, tr("Re&gion:"), this));
    context->addWidget(m_region);
    // On a line of its own, the group keeps its controls together at the left.
    context->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_search, 1);
    actions->addWidget(m_refresh);
    actions->addWidget(m_create);
    auto *layout = new WrappingRowLayout(this);
    layout->setSpacing(16);
    layout->setGroups(context, actions);
}

void HeaderBar::setProfiles(const QList<ProfileOption> &profiles, const QString &currentId)
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const ProfileOption &profile : profiles)
        m_profile->addItem(profile.label, profile.id);
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(currentId)));
}

QString HeaderBar::currentProfileLabel() const
{
    return m_profile->currentText();
}

QString HeaderBar::currentProfileId() const
{
    return m_profile->currentData().toString();
}

void HeaderBar::setDemoBadgeVisible(bool visible)
{
    m_demoBadge->setVisible(visible);
}

bool HeaderBar::isDemoBadgeVisible() const
{
    return !m_demoBadge->isHidden();
}

namespace {

// How a project's name sorts: case and accents aside, as a person reads a list.
QString sortKey(const Project &project)
{
    const QString name = project.name.isEmpty() ? project.id : project.name;
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key.toCaseFolded();
}

// In name order, whatever order the API gave: the list reads the same at every start.
QList<Project> inNameOrder(QList<Project> projects)
{
    std::stable_sort(projects.begin(), projects.end(), [](const Project &a, const Project &b) {
        const int byKey = sortKey(a).compare(sortKey(b));
        if (byKey != 0)
            return byKey < 0;
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return projects;
}

} // namespace

void HeaderBar::setProjects(const QList<Project> &given, const ProjectScope &current)
{
    const QSignalBlocker blocker(m_project);
    m_project->clear();
    const QList<Project> projects = inNameOrder(given);
    m_projects = projects;
    if (projects.size() > 1) {
        m_project->addItem(tr("All projects"));
        m_project->setItemData(0, true, AllProjectsRole);
        m_project->setItemData(0,
                               tr("The tokens of all %n projects of the organization, in one table",
                                  nullptr, int(projects.size())),
                               Qt::ToolTipRole);
        m_project->insertSeparator(1);
    }
    for (const Project &project : projects) {
        // Names, not IDs: an ID only stands in when the API did not give the name.
        const QString label = project.name.isEmpty() ? project.id : project.name;
        m_project->addItem(label, project.id);
        m_project->setItemData(m_project->count() - 1, tr("Project ID: %1").arg(project.id),
                               Qt::ToolTipRole);
    }
    const int chosen = current.isAll() ? m_project->findData(true, AllProjectsRole)
                                       : m_project->findData(current.projectId());
    m_project->setCurrentIndex(chosen >= 0 ? chosen : m_project->count() - int(projects.size()));
    m_project->setEnabled(!projects.isEmpty());
    // From its first character: a project shown by its ID reads as cut off when scrolled.
    m_project->lineEdit()->setCursorPosition(0);
}

QString HeaderBar::titleForWindow() const
{
    const QString project = currentProjectName();
    const QString profile = currentProfileLabel();
    return project.isEmpty()
               ? profile
               : tr("%1 — %2", "window title: project — profile").arg(project, profile);
}

void HeaderBar::setProjectsPlaceholder(const QString &text)
{
    const QSignalBlocker blocker(m_project);
    m_project->clear();
    m_projects.clear();
    m_project->addItem(text);
    m_project->setEnabled(false);
}

ProjectScope HeaderBar::currentScope() const
{
    if (m_project->currentData(AllProjectsRole).toBool())
        return ProjectScope::all();
    return ProjectScope::one(m_project->currentData().toString());
}

void HeaderBar::selectAllProjects()
{
    const int index = m_project->findData(true, AllProjectsRole);
    if (index >= 0)
        m_project->setCurrentIndex(index);
}

QString HeaderBar::currentProjectName() const
{
    return currentScope().isNone() ? QString() : m_project->currentItemText();
}

std::optional<Region> HeaderBar::currentRegion() const
{
    return regionFromId(m_region->currentData().toString());
}

void HeaderBar::setCurrentRegion(std::optional<Region> region)
{
    m_region->setCurrentIndex(region ? m_region->findData(regionId(*region)) : 0);
}

QList<Region> HeaderBar::selectedRegions() const
{
    if (const auto region = currentRegion())
        return {*region};
    return allRegions();
}

void HeaderBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString HeaderBar::currentRegionName() const
{
    // The id in sentences ("No tokens in Production / nl-ams"); the picker shows the city too.
    const std::optional<Region> region = currentRegion();
    return region ? regionId(*region) : m_region->currentText();
}

} // namespace cockpit
