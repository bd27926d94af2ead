#include "notespane.h"

#include "panesupport.h"

#include "models/desk/desk.h"
#include "models/desk/deskchange.h"
#include "models/ticketitemmodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

const QString Scheme = u"cwdesk-note"_s;
// The time one slice of older notes may take on the GUI thread.
constexpr qint64 SliceBudgetNs = 4'000'000;
// The notes shown at once when the timeline is rebuilt in slices: more than a screen holds.
constexpr int FirstNotes = 12;

} // namespace

NotesPane::NotesPane(Desk *desk, int ticketId, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new NoteListModel(desk, this))
    , m_filter(new QComboBox)
    , m_timeline(new QTextBrowser)
    , m_composer(new QPlainTextEdit)
    , m_discussion(new QCheckBox(tr("&Discussion")))
    , m_internal(new QCheckBox(tr("&Internal")))
    , m_resolution(new QCheckBox(tr("&Resolution")))
    , m_submit(new QPushButton(tr("&Add Note")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_status(new QLabel)
    , m_editingLabel(new QLabel)
    , m_rebuildTimer(new QTimer(this))
    , m_sliceTimer(new QTimer(this))
{
    setObjectName(u"notesPane"_s);
    setAccessibleName(tr("Notes"));

    m_filter->setObjectName(u"noteFilter"_s);
    m_filter->setAccessibleName(tr("Show notes"));
    m_filter->addItem(tr("All notes"), int(NoteListModel::AllKinds));
    m_filter->addItem(tr("Discussion"), int(NoteListModel::Discussion));
    m_filter->addItem(tr("Internal"), int(NoteListModel::Internal));
    m_filter->addItem(tr("Resolution"), int(NoteListModel::Resolution));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setKindFilter(NoteListModel::Kinds(m_filter->currentData().toInt()));
    });
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);

    m_timeline->setObjectName(u"noteTimeline"_s);
    m_timeline->setAccessibleName(tr("Note timeline"));
    m_timeline->setOpenLinks(false);
    m_timeline->setMinimumHeight(m_timeline->fontMetrics().lineSpacing() * 5);
    m_timeline->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_timeline, &QTextBrowser::anchorClicked, this, &NotesPane::anchorClicked);

    m_composer->setObjectName(u"noteComposer"_s);
    m_composer->setAccessibleName(tr("Note text"));
    m_composer->setPlaceholderText(tr("Write a note… (Ctrl+Enter adds it)"));
    m_timeline->setToolTip(tr("Newest first"));
    m_composer->setTabChangesFocus(true);
    const int lines = 3;
    m_composer->setFixedHeight(m_composer->fontMetrics().lineSpacing() * lines +
                               2 * m_composer->frameWidth() +
                               int(m_composer->document()->documentMargin() * 2));
    m_discussion->setObjectName(u"noteDiscussion"_s);
    m_discussion->setAccessibleName(tr("Discussion"));
    m_discussion->setToolTip(tr("Shown to the customer as part of the ticket's description"));
    m_discussion->setChecked(true);
    m_internal->setObjectName(u"noteInternal"_s);
    m_internal->setAccessibleName(tr("Internal"));
    m_internal->setToolTip(tr("Internal analysis: only staff see it"));
    m_resolution->setObjectName(u"noteResolution"_s);
    m_resolution->setAccessibleName(tr("Resolution"));
    m_resolution->setToolTip(tr("Part of the ticket's resolution"));
    m_submit->setObjectName(u"noteSubmit"_s);
    m_submit->setAccessibleName(tr("Add note"));
    m_submit->setToolTip(tr("Add the note (Ctrl+Enter)"));
    m_cancel->setObjectName(u"noteCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel editing"));
    m_cancel->hide();
    m_status->setObjectName(u"noteStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_editingLabel->setObjectName(u"noteEditing"_s);
    m_editingLabel->setTextFormat(Qt::PlainText);
    m_editingLabel->hide();

    connect(m_submit, &QPushButton::clicked, this, &NotesPane::submit);
    connect(m_cancel, &QPushButton::clicked, this, &NotesPane::cancelEdit);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &NotesPane::updateComposer);
    PaneSupport::onKeys(m_composer, QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { submit(); });
    PaneSupport::onKeys(m_composer, QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { submit(); });
    PaneSupport::onKeys(m_composer, QKeySequence(Qt::Key_Escape), [this] { cancelEdit(); });

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addStretch(1);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_discussion);
    flags->addWidget(m_internal);
    flags->addWidget(m_resolution);
    flags->addStretch(1);
    auto *send = new QHBoxLayout;
    send->addWidget(m_status, 1);
    send->addStretch(0);
    send->addWidget(m_cancel);
    send->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editingLabel);
    layout->addWidget(m_composer);
    layout->addLayout(flags);
    layout->addLayout(send);
    layout->addLayout(top);
    layout->addWidget(m_timeline, 1);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &NotesPane::rebuildInSlices);
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &NotesPane::appendSlice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPane::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotesPane::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NotesPane::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NotesPane::scheduleRebuild);
    m_ticketId = -1; // so that setTicket() loads even ticket 0
    setTicket(ticketId);
    updateComposer();
}

void NotesPane::setTicket(int ticketId)
{
    if (ticketId == m_ticketId && m_model->ticketId() == ticketId)
        return;
    m_ticketId = ticketId;
    cancelEdit();
    m_status->hide();
    m_model->setTicket(ticketId);
    rebuildInSlices();
    PaneSupport::fetchDetails(m_desk, ticketId);
    setEnabled(ticketId != 0);
}

void NotesPane::scheduleRebuild()
{
    // A slice under way would append rows of the model as it was.
    m_sliceTimer->stop();
    m_rebuildTimer->start();
}

QString NotesPane::noteHtml(int row) const
{
    const QPalette p = palette();
    const QString dim = p.color(QPalette::PlaceholderText).name();
    const QString markBack = p.color(QPalette::Highlight).name();
    const QString markText = p.color(QPalette::HighlightedText).name();
    const QString headBack = p.color(QPalette::AlternateBase).name();
    const QModelIndex index = m_model->index(row);
    const int id = index.data(IdRole).toInt();
    const int kinds = index.data(NoteListModel::KindsRole).toInt();
    const QDateTime when = index.data(NoteListModel::DateRole).toDateTime();
    QString member = index.data(NoteListModel::MemberRole).toString();
    if (member.isEmpty())
        member = tr("Unknown");
    QString head = u"<b>"_s + member.toHtmlEscaped() + u"</b>&nbsp; "_s;
    if (when.isValid())
        head += u"<span style=\"color:%1\">%2</span>"_s.arg(
            dim, QLocale().toString(when, QLocale::ShortFormat).toHtmlEscaped());
    const auto mark = [&](const QString &text) {
        head += u" <span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>"_s.arg(
            markBack, markText, text.toHtmlEscaped());
    };
    if (kinds & NoteListModel::Discussion)
        mark(tr("Discussion"));
    if (kinds & NoteListModel::Internal)
        mark(tr("Internal"));
    if (kinds & NoteListModel::Resolution)
        mark(tr("Resolution"));
    if (index.data(PendingRole).toBool()) {
        const QString error = index.data(ErrorTextRole).toString();
        head += error.isEmpty()
                    ? u" <i>%1</i>"_s.arg(tr("Waiting to be sent").toHtmlEscaped())
                    : u" <b>⚠ %1</b>"_s.arg(
                          tr("Refused by the server: %1").arg(error).toHtmlEscaped());
    }
    if (id > 0) {
        head += u"&nbsp;&nbsp;<a href=\"%1:edit/%2\">%3</a> · <a href=\"%1:delete/%2\">%4</a>"_s
                    .arg(Scheme)
                    .arg(id)
                    .arg(tr("Edit").toHtmlEscaped(), tr("Delete").toHtmlEscaped());
    }
    return u"<p style=\"background-color:%1; margin-top:10px\">%2</p><p>%3</p>"_s.arg(
        headBack, head, PaneSupport::linkifiedHtml(index.data(NoteListModel::TextRole).toString()));
}

void NotesPane::rebuild()
{
    m_rebuildTimer->stop();
    m_sliceTimer->stop();
    m_nextRow = -1;
    QScrollBar *bar = m_timeline->verticalScrollBar();
    const int kept = bar->value();
    QString html;
    html.reserve(m_model->rowCount() * 700);
    html += u"<html><body>"_s;
    if (m_model->rowCount() == 0) {
        html += u"<p style=\"color:%1\">%2</p>"_s.arg(
            palette().color(QPalette::PlaceholderText).name(),
            (m_ticketId ? tr("No notes yet.") : tr("No ticket selected.")).toHtmlEscaped());
    }
    // Newest first, under the composer. Paragraphs, not tables: they lay out several times
    // faster, and only what is on screen needs laying out before the first paint.
    for (int row = m_model->rowCount() - 1; row >= 0; --row)
        html += noteHtml(row);
    html += u"</body></html>"_s;
    m_timeline->setHtml(html);
    bar->setValue(kept);
}

void NotesPane::rebuildInSlices()
{
    const int rows = m_model->rowCount();
    const int first = FirstNotes;
    if (rows <= first) {
        rebuild();
        return;
    }
    m_rebuildTimer->stop();
    m_sliceTimer->stop();
    m_keptScroll = m_timeline->verticalScrollBar()->value();
    // The newest notes at once: they fill the timeline's first screen (and more).
    QString html = u"<html><body>"_s;
    int row = rows - 1;
    for (int n = 0; n < first; ++n, --row)
        html += noteHtml(row);
    html += u"</body></html>"_s;
    m_timeline->setHtml(html);
    m_nextRow = row;
    m_timeline->verticalScrollBar()->setValue(m_keptScroll);
    m_sliceTimer->start();
}

void NotesPane::appendSlice()
{
    if (m_nextRow < 0 || m_nextRow >= m_model->rowCount()) {
        m_nextRow = -1;
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const int count = std::min(m_sliceNotes, m_nextRow + 1);
    QString html;
    for (int n = 0; n < count; ++n, --m_nextRow)
        html += noteHtml(m_nextRow);
    QTextDocument *document = m_timeline->document();
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    // The fragment's first paragraph (a note's heading) goes into a block of its own, formatted
    // as the headings are (inserted HTML merges its first paragraph into the block at the cursor).
    cursor.insertBlock(document->firstBlock().blockFormat(), QTextCharFormat());
    cursor.insertHtml(html);
    cursor.endEditBlock();
    QScrollBar *bar = m_timeline->verticalScrollBar();
    if (bar->value() != m_keptScroll && m_keptScroll <= bar->maximum())
        bar->setValue(m_keptScroll);
    // Keep a slice near its budget on this machine: fewer notes when a whole slice took longer,
    // a few more (at most half again, up to 40) when it was quicker.
    if (count == m_sliceNotes) {
        const qint64 ns = std::max<qint64>(clock.nsecsElapsed(), 1);
        m_sliceNotes = int(std::clamp<qint64>(qint64(count) * SliceBudgetNs / ns, 4,
                                              std::min(40, count + std::max(1, count / 2))));
    }
    if (m_nextRow >= 0)
        m_sliceTimer->start();
}

void NotesPane::anchorClicked(const QUrl &url)
{
    if (url.scheme() != Scheme) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QStringList parts = url.path().split(u'/');
    if (parts.size() != 2)
        return;
    const int id = parts.at(1).toInt();
    if (parts.first() == u"edit"_s)
        editNote(id);
    else if (parts.first() == u"delete"_s)
        deleteNote(id);
}

void NotesPane::updateComposer()
{
    const bool editing = m_editing != 0;
    m_submit->setText(editing ? tr("&Save Note") : tr("&Add Note"));
    m_submit->setAccessibleName(editing ? tr("Save note") : tr("Add note"));
    m_submit->setEnabled(!m_composer->toPlainText().trimmed().isEmpty());
    m_cancel->setVisible(editing);
    m_editingLabel->setVisible(editing);
}

void NotesPane::submit()
{
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty() || !m_ticketId || !m_desk)
        return;
    const Desk::NoteFlags flags{m_discussion->isChecked(), m_internal->isChecked(),
                                m_resolution->isChecked()};
    DeskChange *change = m_editing ? m_desk->editNote(m_ticketId, m_editing, text, flags)
                                   : m_desk->addNote(m_ticketId, text, flags);
    PaneSupport::follow(change, m_status);
    // The composer empties at once: the note shows in the timeline (marked while it waits).
    m_composer->clear();
    m_editing = 0;
    updateComposer();
}

void NotesPane::editNote(int id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_editing = id;
    m_composer->setPlainText(index.data(NoteListModel::TextRole).toString());
    const int kinds = index.data(NoteListModel::KindsRole).toInt();
    m_discussion->setChecked(kinds & NoteListModel::Discussion);
    m_internal->setChecked(kinds & NoteListModel::Internal);
    m_resolution->setChecked(kinds & NoteListModel::Resolution);
    m_editingLabel->setText(tr("Editing the note of %1:")
                                .arg(index.data(NoteListModel::MemberRole).toString()));
    updateComposer();
    m_composer->setFocus();
    m_composer->moveCursor(QTextCursor::End);
}

void NotesPane::cancelEdit()
{
    if (!m_editing)
        return;
    m_editing = 0;
    m_composer->clear();
    m_discussion->setChecked(true);
    m_internal->setChecked(false);
    m_resolution->setChecked(false);
    updateComposer();
}

void NotesPane::deleteNote(int id, bool confirm)
{
    if (id <= 0 || !m_desk || m_model->rowOfId(id) < 0)
        return;
    if (confirm &&
        QMessageBox::question(this, tr("Delete Note"),
                              tr("Delete this note from ticket #%1?").arg(m_ticketId),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (m_editing == id)
        cancelEdit();
    PaneSupport::follow(m_desk->deleteNote(m_ticketId, id), m_status);
}

void NotesPane::insertText(const QString &text)
{
    QString current = m_composer->toPlainText();
    if (!current.isEmpty() && !current.endsWith(u'\n'))
        current += u"\n\n"_s;
    m_composer->setPlainText(current + text);
    m_composer->moveCursor(QTextCursor::End);
    m_composer->setFocus();
}

} // namespace cw
