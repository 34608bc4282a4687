#include "saved/savedpanel.h"

#include "saved/savedrequestfile.h"
#include "saved/savedrequestimport.h"
#include "saved/savedrequestmodel.h"
#include "saved/savedrequestreader.h"
#include "saved/savedrequeststore.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Ovh {

namespace {

constexpr int kVisibleRows = 6; // more scroll: the product tree keeps the room

QString fileFilter()
{
    return SavedPanel::tr("Saved requests (*.json);;All files (*)");
}

// A five-pointed star, amber with a darker edge: it reads on the light and the dark palettes.
QIcon starIcon()
{
    constexpr double kPi = 3.14159265358979323846;
    QIcon icon;
    for (const int side : { 16, 24, 32, 48 }) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath star;
        const QPointF centre(side / 2.0, side / 2.0 + side / 20.0);
        const double outer = side * 0.47;
        const double inner = outer * 0.4;
        for (int point = 0; point < 10; ++point) {
            const double radius = point % 2 == 0 ? outer : inner;
            const double angle = -kPi / 2 + point * kPi / 5;
            const QPointF at = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
            if (point == 0)
                star.moveTo(at);
            else
                star.lineTo(at);
        }
        star.closeSubpath();
        painter.setPen(QPen(QColor(0x8d, 0x5b, 0x00), qMax(1.0, side / 16.0)));
        painter.setBrush(QColor(0xf9, 0xa8, 0x25));
        painter.drawPath(star);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

SavedPanel::SavedPanel(SavedRequestStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(tr("Saved"), this))
    , m_model(new SavedRequestModel(this))
    , m_list(new QListView(this))
    , m_importProgress(new QProgressBar(this))
    , m_import(new SavedRequestImport(this))
    , m_reader(new SavedRequestReader(this))
{
    setObjectName(QStringLiteral("savedPanel"));
    m_title->setObjectName(QStringLiteral("savedTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setIndent(2);

    m_list->setObjectName(QStringLiteral("savedList"));
    m_list->setAccessibleName(tr("Saved requests"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDragDropOverwriteMode(false);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addWidget(m_importProgress);
    m_importProgress->setObjectName(QStringLiteral("savedImportProgress"));
    m_importProgress->setFormat(tr("Importing: %v of %m"));
    m_importProgress->hide();
    connect(m_import, &SavedRequestImport::progressChanged, this, &SavedPanel::onImportProgress);
    connect(m_import, &SavedRequestImport::finished, this, &SavedPanel::onImportFinished);

    createActions();
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        open(index.data(SavedRequestModel::IdRole).toLongLong());
    });
    connect(m_model, &SavedRequestModel::nameEdited, this, &SavedPanel::onNameEdited);
    // A drag or Alt+Up/Down moves the rows in the model: the move goes to the store.
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex&, int first, int last, const QModelIndex&, int destination) {
            storeMove(first, last, destination);
        });
    // A file that cannot be read leaves the section hidden, as an empty list does.
    connect(m_reader, &SavedRequestReader::finished, this,
        [this](const QList<SavedRequest>& requests) { onLoaded(requests); });
    updateVisibility(); // hidden until the list is read
    reload();
}

void SavedPanel::createActions()
{
    const auto make = [this](const QString& text, const char* name, const QKeySequence& key) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        return action;
    };
    m_saveAction = make(tr("Save &Request\u2026"), "saveRequestAction", {});
    m_saveAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_S) });
    m_saveAction->setIcon(starIcon());
    m_saveAction->setToolTip(
        tr("Save the operation and its values under a name (Ctrl+S or Ctrl+D)"));
    m_exportAction = make(tr("&Export Saved Requests\u2026"), "exportSavedAction", {});
    m_importAction = make(tr("&Import Saved Requests\u2026"), "importSavedAction", {});
    connect(m_saveAction, &QAction::triggered, this, [this] {
        const std::optional<SavedRequest> current = m_current ? m_current() : std::nullopt;
        if (!current || current->operation.isEmpty())
            showError(
                tr("Open an operation first: a saved request is an operation and its values."));
        else
            askToSave(*current);
    });
    connect(m_exportAction, &QAction::triggered, this, &SavedPanel::chooseExportFile);
    connect(m_importAction, &QAction::triggered, this, &SavedPanel::chooseImportFile);

    // The list's own keys (only while it has the focus).
    m_openAction = make(tr("&Open Saved Request"), "openSavedAction", {});
    m_renameAction
        = make(tr("Re&name Saved Request"), "renameSavedAction", QKeySequence(Qt::Key_F2));
    m_deleteAction = make(tr("&Delete Saved Request"), "deleteSavedAction", QKeySequence::Delete);
    m_upAction = make(
        tr("Move Saved Request &Up"), "moveSavedUpAction", QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downAction = make(tr("Move Saved Request Do&wn"), "moveSavedDownAction",
        QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction* action :
        { m_openAction, m_renameAction, m_deleteAction, m_upAction, m_downAction }) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
    }
    connect(m_openAction, &QAction::triggered, this, [this] { open(currentId()); });
    connect(m_renameAction, &QAction::triggered, this, [this] {
        if (m_list->currentIndex().isValid())
            m_list->edit(m_list->currentIndex());
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] { remove(currentId()); });
    connect(m_upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_downAction, &QAction::triggered, this, [this] { moveCurrent(1); });
}

void SavedPanel::setCurrentRequest(std::function<std::optional<SavedRequest>()> current)
{
    m_current = std::move(current);
}

QList<SavedRequest> SavedPanel::requests() const
{
    return m_model->requests();
}

void SavedPanel::reload()
{
    if (m_store)
        m_reader->read(m_store->file()); // ~40 ms at 10,000: not on the GUI thread
}

bool SavedPanel::isLoading() const
{
    return m_reader->isReading();
}

void SavedPanel::onLoaded(const QList<SavedRequest>& requests)
{
    showRequests(withChanges(requests));
}

void SavedPanel::noteChange(Change change)
{
    if (m_reader->isReading() || m_importing)
        m_changes.append(std::move(change));
}

QList<SavedRequest> SavedPanel::withChanges(QList<SavedRequest> requests)
{
    for (const Change& change : std::as_const(m_changes))
        change(requests);
    forgetChangesIfNoListComes();
    return requests;
}

void SavedPanel::forgetChangesIfNoListComes()
{
    if (!m_reader->isReading() && !m_importing)
        m_changes.clear();
}

void SavedPanel::showRequests(const QList<SavedRequest>& requests)
{
    if (requests.isEmpty() && m_model->rowCount() == 0)
        return; // nothing over nothing: no reset
    const qint64 current = currentId();
    m_model->setRequests(requests);
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    fitHeight();
    updateVisibility();
}

void SavedPanel::updateVisibility()
{
    setVisible(m_model->rowCount() > 0 || !m_importProgress->isHidden());
}

void SavedPanel::fitHeight()
{
    const int count = m_model->rowCount();
    const int rows = qBound(1, count, kVisibleRows);
    const int row = count > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height();
    m_list->setFixedHeight(rows * row + 2 * m_list->frameWidth() + 2);
}

QString SavedPanel::proposedName(const SavedRequest& request)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]+)\\}"));
    QString name = request.operation;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(request.operation);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QJsonValue value = request.values.value(QLatin1String("path/") + match.captured(1));
        const QString text = value.isString() ? value.toString() : value.toVariant().toString();
        if (!text.isEmpty())
            name.replace(match.captured(0), text);
    }
    return savedName(name);
}

void SavedPanel::askToSave(const SavedRequest& request)
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveRequestDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Request"));
    dialog->setLabelText(tr("Save %1 and its values as:").arg(request.operation));
    dialog->setTextValue(proposedName(request));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, request](const QString& name) {
        SavedRequest named = request;
        named.name = savedName(name);
        if (named.name.isEmpty())
            named.name = proposedName(request);
        save(named);
    });
    dialog->open();
}

qint64 SavedPanel::save(const SavedRequest& request)
{
    if (!m_store) {
        showError(tr("Saved requests are not available in this window."));
        return 0;
    }
    const qint64 id = m_store->add(request);
    if (id == 0) {
        showError(m_store->errorString());
        return 0;
    }
    SavedRequest stored = SavedRequestStore::kept(request);
    stored.id = id;
    noteChange([stored](QList<SavedRequest>& requests) {
        if (std::none_of(requests.cbegin(), requests.cend(),
                [id = stored.id](const SavedRequest& other) { return other.id == id; }))
            requests.append(stored); // it goes at the end of the list, as in the store
    });
    m_model->append(stored);
    m_list->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
    fitHeight();
    updateVisibility();
    emit notice(tr("Saved \u201c%1\u201d").arg(savedName(request.name)));
    return id;
}

void SavedPanel::open(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        emit openRequested(m_model->requests().at(row));
}

bool SavedPanel::remove(qint64 id)
{
    if (!m_store || id == 0)
        return false;
    const bool removed = m_store->remove(id);
    if (!removed && !m_store->errorString().isEmpty()) {
        showError(m_store->errorString());
        return false;
    }
    // Removed, or gone already (another program): not in the list any more.
    noteChange([id](QList<SavedRequest>& requests) {
        requests.removeIf([id](const SavedRequest& request) { return request.id == id; });
    });
    m_model->removeId(id);
    fitHeight();
    updateVisibility();
    return removed;
}

void SavedPanel::moveCurrent(int delta)
{
    const int from = m_list->currentIndex().row();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_model->rowCount())
        return;
    // The current index follows the row; rowsMoved stores the order.
    m_model->moveRow(QModelIndex(), from, QModelIndex(), delta > 0 ? to + 1 : to);
}

void SavedPanel::storeMove(int first, int last, int destination)
{
    if (!m_store)
        return;
    // Where the rows are now: the store moves them before the row that follows them.
    const int count = last - first + 1;
    const int to = destination > first ? destination - count : destination;
    QList<qint64> ids;
    for (int row = to; row < to + count; ++row)
        ids.append(m_model->idAt(row));
    const qint64 beforeId = m_model->idAt(to + count); // 0 past the end
    if (!m_store->move(ids, beforeId)) {
        showError(m_store->errorString());
        reload(); // the order kept
        return;
    }
    noteChange([ids, beforeId](QList<SavedRequest>& requests) {
        QHash<qint64, SavedRequest> byId;
        QList<qint64> order;
        byId.reserve(requests.size());
        for (const SavedRequest& request : std::as_const(requests)) {
            byId.insert(request.id, request);
            order.append(request.id);
        }
        requests.clear();
        for (const qint64 id : movedBefore(order, ids, beforeId))
            requests.append(byId.value(id));
    });
}

void SavedPanel::onNameEdited(qint64 id, const QString& name)
{
    if (!m_store)
        return;
    if (!m_store->rename(id, name)) {
        // Refused (an empty name: the old one stays) or failed.
        if (!m_store->errorString().isEmpty())
            showError(m_store->errorString());
        return;
    }
    const QString kept = savedName(name);
    noteChange([id, kept](QList<SavedRequest>& requests) {
        for (SavedRequest& request : requests) {
            if (request.id == id)
                request.name = kept;
        }
    });
    m_model->setName(id, kept);
}

bool SavedPanel::exportTo(const QString& path)
{
    // The list on its way (the first milliseconds of the window): the store's, read here.
    const QList<SavedRequest> requests
        = isLoading() && m_store ? m_store->list() : m_model->requests();
    QString error;
    if (!SavedRequestFile::write(path, requests, &error)) {
        showError(error);
        return false;
    }
    emit notice(tr("Exported %n saved request(s) to %1", nullptr, int(requests.size()))
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SavedPanel::importFrom(const QString& path)
{
    if (!m_store) {
        showError(tr("Saved requests are not available in this window."));
        return false;
    }
    if (!m_import->start(path, m_store->file())) {
        showError(tr("An import is still running: wait for it to end."));
        return false;
    }
    m_importing = true;
    m_importPath = path;
    m_importAction->setEnabled(false);
    return true;
}

bool SavedPanel::isImporting() const
{
    return m_importing;
}

void SavedPanel::onImportProgress(int done, int total)
{
    m_importProgress->setRange(0, total); // 0: reading the file, a busy bar
    m_importProgress->setValue(done);
    m_importProgress->show();
    show(); // even while the list is empty: the import shows
}

void SavedPanel::onImportFinished(int added, const QString& fileError, const QString& storeError)
{
    m_importing = false;
    m_importProgress->hide();
    m_importAction->setEnabled(true);
    const bool ok = fileError.isEmpty() && storeError.isEmpty();
    // What the import's thread read back after its rows went in; none added, nothing changed.
    if (ok && m_import->requests().size() >= added) {
        if (isLoading())
            reload(); // the list on its way may have been read before the import's rows
        showRequests(withChanges(m_import->requests()));
    } else {
        forgetChangesIfNoListComes();
    }
    updateVisibility(); // the progress bar gone: hidden again if still empty
    if (ok)
        emit notice(tr("Imported %n saved request(s)", nullptr, added));
    else if (!fileError.isEmpty())
        showError(tr("Nothing was imported from %1.\n%2")
                      .arg(QDir::toNativeSeparators(m_importPath), fileError));
    else
        showError(storeError);
    emit importFinished(ok);
}

void SavedPanel::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export Saved Requests"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QLatin1String("/saved-requests.json"),
        fileFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &SavedPanel::exportTo);
    dialog->open();
}

void SavedPanel::chooseImportFile()
{
    auto* dialog = new QFileDialog(this, tr("Import Saved Requests"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), fileFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SavedPanel::importFrom);
    dialog->open();
}

void SavedPanel::showError(const QString& text)
{
    auto* box
        = new QMessageBox(QMessageBox::Warning, tr("Saved Requests"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("savedError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SavedPanel::contextMenuEvent(QContextMenuEvent* event)
{
    const int row = m_list->currentIndex().row();
    const bool onItem = row >= 0;
    for (QAction* action : { m_openAction, m_renameAction, m_deleteAction })
        action->setEnabled(onItem);
    m_upAction->setEnabled(onItem && row > 0);
    m_downAction->setEnabled(onItem && row < m_model->rowCount() - 1);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("savedMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({ m_openAction, m_renameAction, m_deleteAction });
    menu->addSeparator();
    menu->addActions({ m_upAction, m_downAction });
    menu->addSeparator();
    menu->addActions({ m_exportAction, m_importAction });
    menu->popup(event->globalPos());
}

qint64 SavedPanel::currentId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

} // namespace Ovh
