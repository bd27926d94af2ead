// A ticket's notes as a timeline (who, when in the locale's format, discussion / internal /
// resolution marks, links clickable, line breaks kept), filtered by kind, with a composer below
// (the three flags, Ctrl+Enter adds) that also edits a note; each note can be deleted. Every
// change goes through the desk (the outbox offline): a note waiting to be sent is marked, one the
// server refused shows its message.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QUrl;

namespace cw {

class Desk;
class NoteListModel;

class NotesPane : public QWidget
{
    Q_OBJECT
public:
    NotesPane(Desk *desk, int ticketId, QWidget *parent = nullptr);

    void setTicket(int ticketId);
    int ticketId() const { return m_ticketId; }
    NoteListModel *model() const { return m_model; }
    QTextBrowser *timeline() const { return m_timeline; }
    QPlainTextEdit *composer() const { return m_composer; }
    QComboBox *kindFilter() const { return m_filter; }
    QCheckBox *discussionBox() const { return m_discussion; }
    QCheckBox *internalBox() const { return m_internal; }
    QCheckBox *resolutionBox() const { return m_resolution; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *statusLabel() const { return m_status; }
    // The note being edited in the composer (0: a new note).
    int editingNoteId() const { return m_editing; }

public Q_SLOTS:
    // Adds the composer's text as a new note, or saves the note being edited (Ctrl+Enter).
    void submit();
    // Loads note `id` into the composer to edit it.
    void editNote(int id);
    void cancelEdit();
    // Deletes note `id` (after asking when `confirm`).
    void deleteNote(int id, bool confirm = true);
    // Puts `text` into the composer (after what is there), e.g. an article's resolution.
    void insertText(const QString &text);
    // Rebuilds the whole timeline now (normally, after the ticket or its notes change, the
    // newest notes show at once and the older ones are appended in slices, see rebuildInSlices).
    void rebuild();

private:
    void scheduleRebuild();
    // Shows the newest notes at once and appends the older ones a slice at a time from the event
    // loop, so that switching to a ticket with hundreds of notes does not block it for long.
    void rebuildInSlices();
    void appendSlice();
    QString noteHtml(int row) const;
    void anchorClicked(const QUrl &url);
    void updateComposer();

    Desk *m_desk;
    int m_ticketId = 0;
    int m_editing = 0;
    NoteListModel *m_model;
    QComboBox *m_filter;
    QTextBrowser *m_timeline;
    QPlainTextEdit *m_composer;
    QCheckBox *m_discussion;
    QCheckBox *m_internal;
    QCheckBox *m_resolution;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_editingLabel;
    QTimer *m_rebuildTimer;
    QTimer *m_sliceTimer;
    // The next (older) row to append to the timeline, -1 when it is complete.
    int m_nextRow = -1;
    // Notes per slice, adapted to keep a slice near its time budget.
    int m_sliceNotes = 12;
    int m_keptScroll = 0;
};

} // namespace cw
