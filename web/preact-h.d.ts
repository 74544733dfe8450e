// preact's h() types require a props argument; at run time h(Component) with no
// props is the same as h(Component, null) (createElement copies no props), and
// some widgets draw their icons that way: h(CloseIcon).
import "preact";

declare module "preact" {
  export function h(type: FunctionComponent<{}>): VNode<{}>;
}
