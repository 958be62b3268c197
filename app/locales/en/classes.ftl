# PagoScuola · English (en) · class representatives: the office's delegation, the representative's page
# native-speaker-review: no

## The office's event page

rep-title = Class representatives
rep-intro = A parent of the class, delegated by the office, can pay this event's notices for the whole class. They pay each pupil's own notice, at most 5 per payment (pagoPA's limit): every family sees its child's notice paid, the report stays per pupil and no notice is paid twice.
rep-no-classes = The event has no notices yet: once it is published you can delegate one representative per class.
rep-none = No representative delegated.
rep-col-class = Class
rep-col-parent = Representative
rep-col-action = Action
rep-end = End the delegation
rep-end-label = End the delegation of { $name } for class { $class }
rep-form-title = Delegate a representative
rep-class-label = Class
rep-cf-label = Parent's tax code (codice fiscale)
rep-cf-hint = A registered parent of a pupil of the class who already sees their children on PagoScuola. If the class already has a representative, this one replaces them.
rep-delegate = Delegate
rep-problem-class = Choose a class that has notices of this event.
rep-problem-cf = Enter a valid 16-character tax code.
rep-problem-parent = No registered parent of this class has this tax code. First link the parent to the pupil (recorded email or activation code).
rep-outcome-done = Representative delegated: they now find the class's notices on the page "Pay for the class".
rep-outcome-ended = Delegation ended. Payments already made remain valid.

## The representative's page

class-pay-title = Pay for the class
class-pay-intro = The school office made you the class representative. Tick the pupils you pay for: pagoPA takes at most 5 notices per payment, so each payment covers up to 5 pupils and has its own fee. Every family will see its child's notice paid.
class-pay-deductible = Tax-deductible expense: in the 730 return the deduction goes to whoever pays. Families who want to deduct it pay themselves.
class-pay-none = You are not the representative of any class. The school office gives the delegation.
class-pay-heading = { $reason } · class { $class }
class-pay-summary = Paid { $paid } of { $total } · to pay { $due }
class-pay-left = { $count ->
    [0] Nothing left to pay.
    [one] 1 notice left to pay.
   *[other] { $count } notices left to pay.
}
class-pay-payments = { $payments ->
    [one] 1 payment is enough.
   *[other] { $payments } payments are needed, at most 5 notices each.
}
class-pay-choose = Pupils to pay for (the first 5 are already ticked)
class-pay-button = Pay the ticked ones
class-pay-paid = Paid
class-pay-busy = Payment in progress
class-pay-closed = No longer payable
class-pay-due = due { $date }
class-pay-link = You are a class representative: pay for the class
class-pay-back = Back to your notices
