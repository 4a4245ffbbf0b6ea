/**
 * Finding open shadow roots without visiting every element: the light DOM's text (`textContent`) leaves
 * them out, and no API lists them. A shadow root can only be attached to a custom element (whose name
 * has a hyphen) or to one of a few standard elements; a selector that the browser matches natively
 * keeps the elements that are neither of the common standard kinds, and the standard hosts that are
 * empty, as a host whose text is all in its shadow root is. Left out: a standard element such as a
 * `<div>` that hosts a shadow root and has light-DOM children too; it is read when the page changes it.
 */

// Standard elements that may host a shadow root (DOM standard, "attach a shadow root").
const STANDARD_HOSTS = 'article,aside,blockquote,body,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span';
// The standard elements that fill most pages and can host none: checking them would cost the most.
const COMMON_OTHERS =
  'a,abbr,b,br,button,cite,code,dd,dl,dt,em,figcaption,figure,form,hr,i,iframe,img,input,label,li,link,meta,noscript,' +
  'ol,option,picture,pre,s,script,select,small,source,strong,style,sub,sup,table,tbody,td,template,textarea,th,thead,' +
  'time,title,tr,u,ul,video,svg,path,g,use,circle,rect,line,polygon,polyline,defs,symbol,stop';
const MAYBE_HOST = `:not(${STANDARD_HOSTS},${COMMON_OTHERS}),:is(${STANDARD_HOSTS}):empty`;

/** The open shadow roots under `root` (its own, if it is a host, included), nested ones too, outer ones first. */
export function openShadowRoots(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const own = root.nodeType === Node.ELEMENT_NODE ? (root as Element).shadowRoot : null;
  if (own) found.push(own);
  const scopes: Node[] = [root, ...found];
  while (scopes.length) {
    const scope = scopes.shift()! as Partial<ParentNode>;
    for (const element of scope.querySelectorAll?.(MAYBE_HOST) ?? []) {
      const shadow = element.shadowRoot;
      if (shadow) {
        found.push(shadow);
        scopes.push(shadow);
      }
    }
  }
  return found;
}
