import FoundationEssentials
import TrunkModel

/// Where the keys go when no modal is open, with the state that lives only while they go there:
/// what the detail pane reveals or has open lives in `.detail`, the draft in `.form`. Leaving a
/// pane ends its state, so nothing of it can outlive the pane (secrets stay revealed only while
/// the detail of their trunk has the focus).
public enum Focus: Equatable, Sendable {
    case list
    /// The detail pane of the selected trunk, with its reveal, raw JSON view, number tester and
    /// regenerate confirmation.
    case detail(DetailViewState)
    /// The edit or create form; its `returnPane` says where it goes back to.
    case form(FormState)

    /// The pane that has the focus.
    public var pane: Pane {
        switch self {
        case .list: .list
        case .detail: .detail
        case .form: .form
        }
    }
}

extension AppState {
    /// The pane that has the focus.
    public var pane: Pane { focus.pane }

    /// The open form, when the focus is in one.
    public var form: FormState? {
        if case .form(let form) = focus { return form }
        return nil
    }

    /// What the detail pane reveals or has open. Empty outside the detail; a change made while
    /// the focus is elsewhere (a late answer) has nowhere to go and is dropped.
    public var detailView: DetailViewState {
        get {
            if case .detail(let view) = focus { return view }
            return DetailViewState()
        }
        set {
            if case .detail = focus { focus = .detail(newValue) }
        }
    }

    /// Moves the focus to the detail pane of the selected trunk, with nothing revealed or open
    /// (unless it is there already).
    mutating func focusDetail() {
        if case .detail = focus { return }
        focus = .detail(DetailViewState())
    }

    /// The selected trunk changed while the detail has the focus: what was revealed or open was
    /// about the trunk before, and goes.
    mutating func selectionMoved(from old: String?) {
        guard case .detail = focus, selectedTrunk?.id != old else { return }
        focus = .detail(DetailViewState())
    }

    /// Opens a form with no changes yet.
    mutating func open(_ form: FormState) {
        focus = .form(form)
    }

    /// Opens a form that already holds changes (a restored draft, or a quick change the server
    /// refused) and keeps its draft on disk.
    mutating func openWithDraft(_ form: FormState) -> [Effect] {
        focus = .form(form)
        return StoredDraft(form: form, at: now).map { [.storeDraft($0)] } ?? []
    }

    /// Keeps the form's new state and returns what keeps its draft on disk: stored while it
    /// differs from the trunk, forgotten once it no longer does.
    mutating func update(_ new: FormState) -> [Effect] {
        guard let old = form else { return [] }
        focus = .form(new)
        // The form of the marked trunks is no draft of one trunk: nothing of it is kept on disk.
        if new.mode.markedTrunks != nil { return [] }
        guard old.draft != new.draft || old.original != new.original else { return [] }
        if let stored = StoredDraft(form: new, at: now) { return [.storeDraft(stored)] }
        return DraftDiff(original: old.original, draft: old.draft).isEmpty ? [] : [.removeDraft(trunkID: new.original.id)]
    }

    /// Closes the form (saved, or left by the user) and goes back where it was opened from; its
    /// draft on disk is forgotten.
    mutating func leaveForm() -> [Effect] {
        guard let form else { return [] }
        focus = form.returnPane == .detail ? .detail(DetailViewState()) : .list
        if form.mode.markedTrunks != nil { return [] }
        return [.removeDraft(trunkID: form.original.id)]
    }
}
