#pragma once

#include "saved/savedrequest.h"

#include <QWidget>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QListView;
class QModelIndex;
class QProgressBar;
QT_END_NAMESPACE

namespace Ovh {

class SavedRequestImport;
class SavedRequestModel;
class SavedRequestReader;
class SavedRequestStore;

// The "Saved" section above the product tree: the requests the person saved, in their order,
// hidden while there are none. Enter or a double-click opens one (openRequested), F2 renames,
// Delete deletes, Alt+Up/Down or a drag reorders; the context menu has them all. Its actions
// save the current request under a name (Ctrl+S, Ctrl+D, the star by Execute), export the list to a
// JSON file and import one, on a thread (SavedRequestImport) with a progress bar: 10,000 requests
// freeze nothing (the list is a model filled in one reset, with what the import's thread read
// back). The list itself is read on a thread too (SavedRequestReader), at start and by reload().
// Every change goes to the store at once and to the model as one row; none reads the list again.
class SavedPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedPanel)

public:
    // `store` is owned by the caller and outlives the panel; null: saving is off.
    explicit SavedPanel(SavedRequestStore* store, QWidget* parent = nullptr);

    // What "Save Request…" saves: the operation open and its values (nullopt: none is open).
    void setCurrentRequest(std::function<std::optional<SavedRequest>()> current);

    QAction* saveAction() const { return m_saveAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* importAction() const { return m_importAction; }
    QListView* list() const { return m_list; }
    SavedRequestModel* model() const { return m_model; }
    QList<SavedRequest> requests() const;

    // Asks for a name (a dialog proposing one), then saves `request` under it.
    void askToSave(const SavedRequest& request);
    // Saves `request` at the end of the list; its id, or 0 (a message box says why).
    qint64 save(const SavedRequest& request);
    void open(qint64 id);
    bool remove(qint64 id);
    // Moves the current request `delta` rows up (negative) or down.
    void moveCurrent(int delta);
    bool exportTo(const QString& path);
    // Starts adding the requests of the file at `path` after the others, all or none, off the
    // GUI thread; importFinished() tells the end. False (a message box says why) when it
    // cannot start.
    bool importFrom(const QString& path);
    bool isImporting() const;
    // The list again from the store (another program may have changed it), read off the GUI
    // thread; the model is filled in one reset when it arrives (isLoading() until then). What
    // the panel changes meanwhile (saves, deletions, renames, moves) shows in it too.
    void reload();
    bool isLoading() const;

    // "GET /domain/zone/example.com/record": the path with the values of `request` in it.
    static QString proposedName(const SavedRequest& request);

signals:
    void openRequested(const Ovh::SavedRequest& request);
    // A short confirmation for the status bar ("Imported 3 requests").
    void notice(const QString& text);
    // The import started by importFrom() ended: all were added (ok) or none.
    void importFinished(bool ok);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void createActions();
    void showError(const QString& text);
    void onNameEdited(qint64 id, const QString& name);
    void showRequests(const QList<SavedRequest>& requests);
    void updateVisibility();
    void onLoaded(const QList<SavedRequest>& requests);
    // A change made while a list is read on a thread (a load or an import): it is made again
    // on that list when it arrives. Each is the same made once or twice (add if missing…), as
    // the list may or may not hold it already.
    using Change = std::function<void(QList<SavedRequest>&)>;
    void noteChange(Change change);
    // `requests`, just read on a thread, with the changes made since.
    QList<SavedRequest> withChanges(QList<SavedRequest> requests);
    void forgetChangesIfNoListComes();
    void storeMove(int first, int last, int destination);
    void fitHeight();
    void chooseExportFile();
    void chooseImportFile();
    void onImportProgress(int done, int total);
    void onImportFinished(int added, const QString& fileError, const QString& storeError);
    qint64 currentId() const;

    SavedRequestStore* m_store;
    std::function<std::optional<SavedRequest>()> m_current;
    QLabel* m_title;
    SavedRequestModel* m_model;
    QListView* m_list;
    QProgressBar* m_importProgress;
    SavedRequestImport* m_import;
    SavedRequestReader* m_reader;
    QList<Change> m_changes; // since the oldest list being read was asked for
    bool m_importing = false; // from importFrom() to onImportFinished()
    QString m_importPath; // the file of the import running
    QAction* m_saveAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_upAction = nullptr;
    QAction* m_downAction = nullptr;
};

} // namespace Ovh
