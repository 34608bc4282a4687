#include "window/accountbutton.h"

#include "look/uicolors.h"

#include <QAction>
#include <QActionGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPushButton>

namespace Ovh {

namespace {

// A head and shoulders, filled when the keys can sign, outlined otherwise: the state reads at a
// glance without relying on colour alone.
QIcon personIcon(const QColor& color, bool filled)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPen pen(color, qMax<qreal>(1.0, s / 14.0));
        painter.setPen(pen);
        painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
        painter.drawEllipse(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.36));
        QPainterPath body;
        body.moveTo(s * 0.12, s * 0.94);
        body.cubicTo(s * 0.12, s * 0.56, s * 0.88, s * 0.56, s * 0.88, s * 0.94);
        body.closeSubpath();
        painter.drawPath(body);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QAction* addItem(QMenu* menu, const QString& text, const char* objectName)
{
    QAction* action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(objectName));
    return action;
}

} // namespace

AccountButton::AccountButton(QWidget* parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("accountButton"));
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    m_menu->setObjectName(QStringLiteral("accountMenu"));
    m_menu->setTitle(tr("&Account")); // the window also puts it in its menu bar
    // The window refreshes the state then: the CLI may have saved a profile meanwhile.
    connect(m_menu, &QMenu::aboutToShow, this, &AccountButton::menuAboutToShow);
    setState(State());
}

void AccountButton::setState(const State& state)
{
    m_state = state;
    updateLook();
    rebuildMenu();
}

QString AccountButton::accountName() const
{
    switch (m_state.source.kind) {
    case CredentialSource::Kind::Profile:
        return m_state.source.profileName.isEmpty() ? m_state.currentProfile
                                                    : m_state.source.profileName;
    case CredentialSource::Kind::ConfigOrEnvironment:
        return tr("ovh.conf");
    case CredentialSource::Kind::Demo:
        return tr("Sandbox demo keys");
    case CredentialSource::Kind::None:
        break;
    }
    return m_state.currentProfile;
}

void AccountButton::updateLook()
{
    const QString name = accountName();
    QString text;
    QString tip;
    if (m_state.resolving) {
        text = name.isEmpty() ? tr("Reading the keychain\u2026") : tr("Account: %1").arg(name);
        tip = tr("Reading the keys of %1 from the keychain\u2026").arg(m_state.endpoint);
    } else if (m_state.canSign && m_state.keyRefused) {
        text = tr("%1: key refused").arg(name);
        tip = tr("%1 refused the consumer key of %2 (expired or revoked).")
                  .arg(m_state.endpoint, m_state.source.description);
        if (m_state.accountsAvailable)
            tip += QLatin1Char(' ') + tr("Choose Log In\u2026 to get a new one.");
    } else if (m_state.canSign) {
        text = m_state.source.kind == CredentialSource::Kind::Profile ? tr("Account: %1").arg(name)
                                                                      : name;
        tip = tr("Calls to %1 are signed with the keys of %2.")
                  .arg(m_state.endpoint, m_state.source.description);
    } else {
        text = name.isEmpty() ? tr("Not logged in") : tr("Not logged in (%1)").arg(name);
        tip = m_state.source.description.isEmpty()
            ? tr("No keys for %1.").arg(m_state.endpoint)
            : tr("The keys of %1 for %2 hold no consumer key.")
                  .arg(m_state.source.description, m_state.endpoint);
        if (m_state.accountsAvailable)
            tip += QLatin1Char(' ') + tr("Choose Log In\u2026 to get one.");
    }
    setText(text);
    setToolTip(tip);
    setStatusTip(tip);
    setAccessibleName(text);
    const QPalette& palette = this->palette();
    const bool usable = m_state.canSign && !m_state.keyRefused && !m_state.resolving;
    setIcon(personIcon(m_state.keyRefused ? warningColor(palette)
            : usable                      ? successColor(palette)
                                          : mutedColor(palette),
        usable));
}

void AccountButton::rebuildMenu()
{
    m_menu->clear();
    const auto* oldGroup = findChild<QActionGroup*>(QStringLiteral("accountChoices"));
    delete oldGroup;
    auto* group = new QActionGroup(this);
    group->setObjectName(QStringLiteral("accountChoices"));
    group->setExclusive(true);

    QAction* title = m_menu->addAction(tr("Accounts on %1").arg(m_state.endpoint));
    title->setEnabled(false);
    const bool idle = !m_state.resolving;
    for (const Profile& profile : std::as_const(m_state.profiles)) {
        const QString text = profile.usesKeychain()
            ? profile.name
            : tr("%1 (in %2)").arg(profile.name, QDir::toNativeSeparators(profile.configFile));
        QAction* action = m_menu->addAction(text);
        action->setObjectName(QStringLiteral("accountProfile:") + profile.name);
        action->setCheckable(true);
        action->setChecked(profile.name == m_state.currentProfile);
        action->setActionGroup(group);
        const QString name = profile.name;
        connect(action, &QAction::triggered, this, [this, name] { emit profileChosen(name); });
    }
    if (m_state.configHasKeys) {
        QAction* action = addItem(m_menu, tr("ovh.conf / environment"), "accountConfig");
        action->setCheckable(true);
        action->setChecked(m_state.currentProfile.isEmpty()
            && m_state.source.kind == CredentialSource::Kind::ConfigOrEnvironment);
        action->setActionGroup(group);
        action->setToolTip(tr("The keys python-ovh would use: ovh.conf files and OVH_* variables"));
        connect(action, &QAction::triggered, this, &AccountButton::configChosen);
    }
    if (m_state.demoAvailable) {
        QAction* action = addItem(m_menu, tr("Sandbox demo keys"), "accountDemo");
        action->setCheckable(true);
        action->setChecked(m_state.currentProfile.isEmpty());
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, &AccountButton::demoChosen);
    }
    for (QAction* action : group->actions())
        action->setEnabled(idle);
    m_menu->addSeparator();

    QAction* login = addItem(m_menu, tr("Log &In\u2026"), "accountLogin");
    login->setEnabled(m_state.accountsAvailable && idle);
    connect(login, &QAction::triggered, this, &AccountButton::loginRequested);
    QAction* current = addItem(m_menu, tr("&Current Credential\u2026"), "accountCurrentCredential");
    current->setEnabled(m_state.canSign && idle);
    connect(current, &QAction::triggered, this, &AccountButton::currentCredentialRequested);
    QAction* logout = addItem(m_menu, tr("Log &Out"), "accountLogout");
    // The demo key is shared by every sandbox session: revoking it would help nobody.
    logout->setEnabled(
        m_state.canSign && idle && m_state.source.kind != CredentialSource::Kind::Demo);
    connect(logout, &QAction::triggered, this, &AccountButton::confirmLogout);
    m_menu->addSeparator();
    QAction* import
        = addItem(m_menu, tr("I&mport from ovh.conf / Environment\u2026"), "accountImport");
    import->setEnabled(m_state.configHasKeys && m_state.accountsAvailable && idle);
    connect(import, &QAction::triggered, this, &AccountButton::askImportName);
    QAction* exportAction = addItem(m_menu, tr("&Export to ovh.conf\u2026"), "accountExport");
    exportAction->setEnabled(m_state.source.kind == CredentialSource::Kind::Profile
        && !m_state.currentProfile.isEmpty() && idle);
    connect(exportAction, &QAction::triggered, this, &AccountButton::askExportFile);
    QAction* remove = addItem(m_menu, tr("&Remove Account\u2026"), "accountRemove");
    remove->setEnabled(!m_state.currentProfile.isEmpty() && idle);
    connect(remove, &QAction::triggered, this, &AccountButton::confirmRemove);
}

void AccountButton::confirmLogout()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Log Out"),
        tr("Log out of %1? The consumer key of %2 is revoked on the server and forgotten here; the "
           "application key and secret stay, ready for the next log-in.")
            .arg(m_state.endpoint, accountName()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("logoutConfirm"));
    QPushButton* yes = box->addButton(tr("Log Out"), QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* clicked) {
        if (clicked == yes)
            emit logoutRequested();
    });
    box->open();
}

void AccountButton::askImportName()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("importNameDialog"));
    dialog->setWindowTitle(tr("Import an Account"));
    dialog->setLabelText(
        tr("Save the keys ovh.conf and the OVH_* variables hold for %1 as the account "
           "named (the secrets go to the keychain):")
            .arg(m_state.endpoint));
    bool taken = false;
    for (const Profile& profile : std::as_const(m_state.profiles))
        taken = taken || profile.name == ProfileStore::defaultName();
    dialog->setTextValue(taken ? QString() : ProfileStore::defaultName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto validate = [dialog](const QString& text) {
        if (auto* buttons = dialog->findChild<QDialogButtonBox*>()) {
            if (QPushButton* ok = buttons->button(QDialogButtonBox::Ok))
                ok->setEnabled(ProfileStore::isValidName(text.trimmed()));
        }
    };
    connect(dialog, &QInputDialog::textValueChanged, dialog, validate);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this](const QString& text) { emit importRequested(text.trimmed()); });
    dialog->open();
    validate(dialog->textValue());
}

void AccountButton::askExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export the Account to an ovh.conf File"),
        QDir::home().filePath(QStringLiteral(".ovh.conf")));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    // The file is merged (other sections kept), not replaced: no "overwrite?" question.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AccountButton::confirmExport);
    dialog->open();
}

void AccountButton::confirmExport(const QString& path)
{
    if (path.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export to ovh.conf"),
        tr("The application secret and the consumer key of %1 will be written in clear text to %2, "
           "in "
           "its [%3] section (other sections are kept). The file is made readable and writable by "
           "you "
           "only (mode 0600), but anyone who can read it can use this account.")
            .arg(accountName(), QDir::toNativeSeparators(path), m_state.endpoint),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("exportConfirm"));
    QPushButton* write = box->addButton(tr("Write the File"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, write, path](QAbstractButton* clicked) {
        if (clicked == write)
            emit exportRequested(path);
    });
    box->open();
}

void AccountButton::confirmRemove()
{
    const QString name = m_state.currentProfile;
    if (name.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove the Account"),
        tr("Remove the account %1 of %2? Its application key, application secret and consumer key "
           "are "
           "deleted from this computer (the consumer key stays valid on the server until it "
           "expires; "
           "log out first to revoke it).")
            .arg(name, m_state.endpoint),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirm"));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton* clicked) {
        if (clicked == remove)
            emit removeRequested(name);
    });
    box->open();
}

void AccountButton::changeEvent(QEvent* event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLook();
}

} // namespace Ovh
