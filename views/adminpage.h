// One list of settings in the administration window (boards, a board's statuses …, priorities,
// SLAs, sources, service locations, callbacks): the table, New / Edit / Delete / Reload, where
// the rows come from, why changes are not possible offline, and the server's refusals.
#pragma once

#include "adminrecorddialog.h"

#include "models/desk/adminkind.h"

#include <QIcon>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPalette;
class QPushButton;
class QTableView;

namespace cw {

class AdminListModel;
class Desk;

class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(Desk *desk, AdminKind kind, QWidget *parent = nullptr);

    AdminListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *reloadButton() const { return m_reload; }
    QLabel *sourceLabel() const { return m_source; }
    // The last refusal or failure (hidden when there is none).
    QLabel *messageLabel() const { return m_message; }
    // The form open for a new or edited record (null when none).
    AdminRecordDialog *editor() const { return m_editor; }
    // The id of the current row (0: none).
    int currentId() const;
    void setCurrentId(int id);

    // A colour swatch framed in the palette's text colour, readable on light and dark themes.
    static QIcon swatch(const QColor &color, const QPalette &palette, int size);

public Q_SLOTS:
    void newRecord();
    void editCurrent();
    void deleteCurrent(bool confirm = true);
    void reload();
    // Buttons and the explanation follow the connection state.
    void updateActions();

Q_SIGNALS:
    // The current row changed (0: none).
    void currentChanged(int id);

private:
    void openEditor(const QJsonObject &record);
    void showMessage(const QString &message);

    Desk *m_desk;
    AdminListModel *m_model;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_reload;
    QLabel *m_source;
    QLabel *m_message;
    QPointer<AdminRecordDialog> m_editor;
    int m_deleting = 0;
};

} // namespace cw
